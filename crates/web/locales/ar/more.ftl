# صفحة تغيير كلمة المرور للعائلة.

password-title = غيّر كلمة المرور
f-current-password = كلمة المرور الحالية
f-password-new = كلمة المرور الجديدة
password-button = غيّر كلمة المرور
password-changed = تم تغيير كلمة المرور. سجّلنا خروجك من كل الأجهزة الأخرى.
err-current-password = أدخل كلمة المرور الحالية بشكل صحيح
err-password-match-again = كلمتا المرور غير متطابقتين. اكتب كلمة المرور الجديدة مرة أخرى

# ما تقوم به العائلة بشأن مسودة الخطة.
action-back = العودة إلى الملف
action-send = إرسال
f-draft-comments = ملاحظاتك على مسودة الخطة
f-preferred-school = ما المدرسة أو الكلية التي تريد ذكرها في الخطة؟
err-draft-comments = اكتب ملاحظاتك
err-preferred-school = اختر مدرسة أو كلية
