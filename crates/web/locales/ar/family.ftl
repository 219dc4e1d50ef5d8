# Words for families: every page, email and letter a parent, carer or young
# person reads. Keep sentences short and explain every special word.

## The frame of every page

service-name = مساعدة الأطفال ذوي الاحتياجات التعليمية الخاصة
skip-link = الانتقال إلى المحتوى الرئيسي
phase-beta = تجريبي
phase-text = هذه خدمة جديدة. يمكن لمنسّقك أن يساعدك إذا لم يعمل شيء كما يجب.
footer-accessibility = بيان إمكانية الوصول
footer-privacy = إشعار الخصوصية
footer-run-by = يدير هذه الخدمة المجلس المحلي في منطقتك.
sign-out = تسجيل الخروج
language-switcher = اختر لغة
nav-your-cases = طلباتك
nav-apply = اطلب تقييمًا
nav-contact = كيف نتواصل معك
nav-password = كلمة المرور
back = رجوع
continue = متابعة
save-later = احفظ وعُد لاحقًا
save = حفظ
change = تغيير
remove = حذف
yes = نعم
no = لا
not-sure = لست متأكدًا
not-given = غير مذكور
optional = (اختياري)
error-summary-title = هناك مشكلة
error-prefix = خطأ:
success = تم بنجاح
reference = الرقم المرجعي { $reference }

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## The start page

start-title = اطلب تقييم الاحتياجات التعليمية الخاصة لطفل
start-intro = يحتاج بعض الأطفال إلى مساعدة في التعلّم أكثر من غيرهم من الأطفال في العمر نفسه. إذا كان الطفل أو الشاب يحتاج إلى مساعدة أكثر مما تستطيع مدرسته أو كليته أو حضانته أن تقدّمه، يمكنك أن تطلب من المجلس المحلي أن ينظر في احتياجاته.
start-plan = نسمّي هذا تقييم احتياجات التعليم والصحة والرعاية. وقد يؤدي إلى وضع خطة. تبيّن الخطة المساعدة التي سيحصل عليها الطفل ومن سيقدّمها.
start-who-heading = من يمكنه أن يطلب
start-who-parent = أحد الوالدين أو مقدّم الرعاية
start-who-young = الشاب نفسه إذا كان عمره بين 16 و25 سنة
start-who-school = المدرسة أو الكلية أو الحضانة، إذا وافق أحد الوالدين أو مقدّم الرعاية
start-when-heading = ماذا يحدث بعد ذلك
start-when-6 = سنخبرك بحلول { $six } إن كنا سنقوم بالتقييم. هذا بعد 6 أسابيع من اليوم.
start-when-20 = إذا قمنا بالتقييم، سنخبرك بحلول { $twenty } إن كنا سنضع خطة. هذا بعد 20 أسبوعًا من اليوم.
start-ready-heading = ما تحتاج إليه
start-ready-1 = اسم الطفل وتاريخ ميلاده وعنوانه
start-ready-2 = اسم مدرسته أو حضانته، إن كانت له مدرسة أو حضانة
start-ready-3 = ما يجده الطفل صعبًا، بكلماتك أنت
start-ready-4 = المساعدة التي حصل عليها حتى الآن
start-ready-5 = أي تقارير أو خطابات لديك، كملفات أو صور
start-time = يستغرق هذا نحو 20 دقيقة. يمكنك حفظ إجاباتك والعودة لاحقًا.
start-button = ابدأ الآن
start-help-heading = احصل على مساعدة مجانية
start-help = يمكن أن تساعدك { $name } مجانًا. العاملون فيها لا يعملون في فريق التقييم التابع للمجلس المحلي. اتصل على الرقم { $phone } أو أرسل بريدًا إلكترونيًا إلى { $email }.
start-help-name = خدمة المعلومات والنصائح والدعم للأطفال ذوي الاحتياجات التعليمية الخاصة والإعاقة في { $council }
start-already = هل قدّمت طلبًا من قبل؟
start-sign-in = سجّل الدخول لترى ما وصل إليه طلبك

## The task list

tasks-title = اطلب تقييمًا
tasks-intro = املأ كل قسم. يمكنك ملء الأقسام بأي ترتيب.
section-about-you = معلومات عنك
section-child = الطفل أو الشاب
section-family = العائلة
section-needs = الاحتياجات والدعم
section-consent = مشاركة المعلومات والتقارير
task-done = مكتمل
task-started = قيد التنفيذ
task-todo = لم يبدأ بعد
task-check = راجع إجاباتك وأرسلها
task-check-heading = أرسل طلبك
task-cannot-send = يمكنك إرسال طلبك عندما تكتمل جميع الأقسام.

step-who = من يطلب
step-your-details = بياناتك
step-child-name = الاسم
step-child-date-of-birth = تاريخ الميلاد
step-child-address = العنوان
step-child-setting = المدرسة أو المؤسسة التعليمية
step-parents = الوالدان ومقدّمو الرعاية
step-contact = كيف نتواصل مع العائلة
step-language = اللغة
step-needs = احتياجات الطفل
step-support = المساعدة حتى الآن
step-consent = مشاركة المعلومات
step-evidence = التقارير والخطابات

## The questions

q-who = من يطلب التقييم؟
q-who-parent = أنا أحد والدي الطفل أو مقدّم الرعاية له
q-who-young = أنا الشاب نفسه، وعمري بين 16 و25 سنة
q-who-school = أعمل في مدرسة الطفل أو كليته أو حضانته

q-your-details = بياناتك
f-requester-name = اسمك الكامل
f-requester-email = عنوان بريدك الإلكتروني في العمل
f-requester-setting = اسم مدرستك أو كليتك أو حضانتك
f-parent-agreed = يوافق أحد والدي الطفل أو مقدّم الرعاية له على أن نطلب هذا التقييم

q-child-name = ما اسم الطفل أو الشاب؟
f-first-name = الاسم الأول
f-last-name = اسم العائلة

q-dob = ما تاريخ ميلاده؟
hint-dob = مثلًا، 27 3 2016
f-day = اليوم
f-month = الشهر
f-year = السنة

q-address = أين يسكن؟
f-address-1 = سطر العنوان 1
f-address-2 = سطر العنوان 2 (اختياري)
f-town = المدينة أو البلدة
f-postcode = الرمز البريدي

q-setting = إلى أي مدرسة أو كلية أو حضانة يذهب؟
hint-setting = اختر «ليس في مدرسة أو مؤسسة تعليمية» إذا كان لا يذهب إلى أي منها.
setting-choose = اختر مدرسة أو مؤسسة تعليمية
setting-none = ليس في مدرسة أو مؤسسة تعليمية

q-parents = الوالدان ومقدّمو الرعاية
f-parent-1-name = الاسم الكامل لأحد الوالدين أو مقدّم الرعاية
f-relationship = صلته بالطفل (اختياري)
hint-relationship = مثلًا، الأم أو الأب أو الجد أو الجدة أو الوالد الحاضن
f-responsibility = هل لديه المسؤولية الأبوية؟
hint-responsibility = يعني هذا الحق القانوني في اتخاذ القرارات الخاصة بالطفل.
parent-2-heading = أحد الوالدين أو مقدّم رعاية آخر (اختياري)
f-parent-2-name = الاسم الكامل

q-contact = كيف نتواصل مع العائلة؟
hint-contact = سنرسل الخطابات والأخبار بهذه الطريقة.
contact-email = البريد الإلكتروني
contact-phone = الهاتف
contact-post = البريد العادي إلى عنوان الطفل
f-contact-email = عنوان البريد الإلكتروني
f-contact-phone = رقم الهاتف

q-language = ما اللغة التي تفضّلها العائلة؟
lang-en = الإنجليزية
lang-pl = البولندية
lang-so = الصومالية
lang-ar = العربية
lang-other = لغة أخرى
f-language-other = ما هي اللغة؟
f-interpreter = هل تريد مترجمًا في الاجتماعات؟

q-needs = أخبرنا عن احتياجات الطفل
hint-needs = اكتب بكلماتك أنت. ما الذي يجده صعبًا؟ ما الذي يساعده؟ كيف يؤثر ذلك في يومه؟

q-support = ما المساعدة التي حصل عليها الطفل حتى الآن؟
f-sen-support = هل قدّمت له مدرسته أو حضانته مساعدة إضافية، مثل خطة دعم؟
f-professionals = أيّ هؤلاء الأشخاص قابلهم الطفل؟
hint-professionals = اختر كل ما ينطبق.
prof-speech = أخصائي النطق واللغة
prof-ep = أخصائي علم النفس التربوي
prof-ot = أخصائي العلاج الوظيفي
prof-camhs = خدمة الصحة النفسية للأطفال
prof-paediatrician = طبيب الأطفال
prof-social-worker = الأخصائي الاجتماعي
prof-other = شخص آخر
f-support-details = أخبرنا عن المساعدة التي حصل عليها (اختياري)

q-consent = مشاركة المعلومات
consent-intro = لنقوم بالتقييم، نطلب النصيحة من الأشخاص الذين يعرفون الطفل.
f-share-with = من يمكننا أن نسأل؟
share-school = مدرسته أو كليته أو حضانته
share-health = الخدمات الصحية، مثل طبيبه أو المعالج
share-social-care = الرعاية الاجتماعية
share-ep = خدمة علم النفس التربوي
f-consent = أوافق على أن يشارك المجلس المحلي الإجابات في هذا الطلب مع الأشخاص الذين اخترتهم، من أجل القيام بالتقييم.

q-evidence = التقارير والخطابات
hint-evidence = يمكنك إضافة خطابات أو تقارير لديك، مثلًا من طبيب أو معالج. استخدم ملفات PDF أو Word، أو صورًا (JPG أو PNG). يجب أن يكون حجم كل ملف أقل من 10 ميغابايت. إضافة الملفات ليست ضرورية.
f-file = اختر ملفًا
upload-button = أضف الملف
files-added = الملفات المضافة
no-files = لم تُضف أي ملفات.

## Check your answers, and sending

check-title = راجع إجاباتك قبل أن ترسلها
check-send-heading = أرسل طلبك الآن
check-declaration = بإرسال هذا الطلب، تؤكد أن الإجابات صحيحة حسب علمك.
send-button = إرسال الطلب

confirm-title = تم إرسال الطلب
confirm-reference = رقمك المرجعي
confirm-email = أرسلنا نسخة من إجاباتك إلى { $email }.
confirm-next-heading = ماذا يحدث بعد ذلك
confirm-next = سنخبرك بحلول { $six } إن كنا سنقوم بالتقييم.
confirm-account = يمكنك متابعة طلبك عبر الإنترنت. استخدم الرابط الموجود في البريد الإلكتروني لإنشاء حسابك.
confirm-no-email = احتفظ برقمك المرجعي. سنرسل إليك خطابًا.
confirm-another = اطلب تقييمًا آخر

saved-title = تم حفظ إجاباتك
saved-email-sent = أرسلنا رابطًا إلى { $email }. استخدمه للعودة إلى طلبك. يعمل الرابط لمدة 28 يومًا.
saved-link = استخدم هذا الرابط للعودة إلى طلبك. احتفظ به في مكان آمن. أي شخص لديه الرابط يستطيع أن يرى إجاباتك. يعمل الرابط لمدة 28 يومًا.
saved-ask-email = أرسل لي الرابط بالبريد الإلكتروني
f-resume-email = عنوان البريد الإلكتروني
saved-continue = عُد إلى طلبك

## Problems with answers

err-requester = اختر من يطلب التقييم
err-requester-name = أدخل اسمك الكامل
err-requester-email = أدخل عنوان بريدك الإلكتروني في العمل
err-requester-setting = أدخل اسم مدرستك أو كليتك أو حضانتك
err-parent-agreed = لا يمكن للمدرسة أن تطلب إلا إذا وافق أحد الوالدين أو مقدّم الرعاية. ضع علامة في المربع لتبيّن أنه موافق
err-first-name = أدخل الاسم الأول للطفل
err-last-name = أدخل اسم عائلة الطفل
err-name-too-long = يجب ألا يزيد هذا على 100 حرف
err-text-too-long = يجب ألا يزيد هذا على 5000 حرف
err-dob-missing = أدخل تاريخ ميلاده
err-dob-real = يجب أن يكون تاريخ الميلاد تاريخًا حقيقيًا
err-dob-year = يجب أن تتكون السنة من 4 أرقام
err-dob-future = يجب أن يكون تاريخ الميلاد في الماضي
err-dob-too-old = يجب أن يكون عمر الطفل أو الشاب 25 سنة أو أقل
err-dob-young-person = يجب أن يكون عمر الشاب 16 سنة أو أكثر ليطلب لنفسه. يمكن لأحد الوالدين أو مقدّم الرعاية أن يطلب نيابة عنه
err-address-line-1 = أدخل السطر الأول من العنوان
err-address-town = أدخل المدينة أو البلدة
err-postcode-missing = أدخل الرمز البريدي
err-postcode-format = أدخل رمزًا بريديًا صحيحًا، مثل NB1 2AB
err-setting = اختر مدرسته أو مؤسسته التعليمية، أو اختر «ليس في مدرسة أو مؤسسة تعليمية»
err-parent-name = أدخل الاسم الكامل لأحد الوالدين أو مقدّم الرعاية
err-responsibility = اختر إن كانت لديه المسؤولية الأبوية
err-channel = اختر كيف نتواصل مع العائلة
err-contact-email = أدخل عنوان بريد إلكتروني
err-email-format = أدخل عنوان البريد الإلكتروني بالشكل الصحيح، مثل name@example.com
err-phone-missing = أدخل رقم هاتف
err-phone-format = أدخل رقم هاتف، مثل 01632 960 001 أو 07700 900 982
err-language = اختر لغة
err-language-other = أدخل اسم اللغة
err-interpreter = اختر إن كنت تريد مترجمًا
err-needs = أخبرنا عن احتياجات الطفل
err-sen-support = اختر إن كانت مدرسته أو حضانته قد قدّمت له مساعدة إضافية
err-consent = يجب أن توافق قبل أن نتمكن من مشاركة المعلومات والقيام بالتقييم
err-file-missing = اختر ملفًا
err-file-too-big = يجب أن يكون حجم الملف أقل من 10 ميغابايت
err-file-type = يجب أن يكون الملف بصيغة PDF أو ملف Word أو صورة (JPG أو PNG)
err-file-damaged = الملف تالف ولا يمكن فتحه. حاول أن تحفظه مرة أخرى
err-file-locked = الملف محمي بكلمة مرور. أرسل نسخة بدون كلمة مرور
err-file-unsafe = لا يمكن فتح الملف بأمان. حاول أن تحفظه مرة أخرى كملف جديد
err-file-count = يمكنك إضافة 20 ملفًا كحد أقصى
err-timed-out = انتهت مهلة الصفحة. احتفظنا بإجابتك. راجعها ثم اختر «متابعة» مرة أخرى
err-expired-draft = كانت إجاباتك المحفوظة قديمة جدًا فلم نحتفظ بها. احتفظنا بما كتبته الآن. يُرجى ملء الأقسام الأخرى مرة أخرى
err-not-finished = املأ هذه الأقسام أولًا: { $sections }

## Accounts

signin-title = تسجيل الدخول
signin-intro = سجّل الدخول لترى ما وصل إليه الطلب، وتقرأ الخطابات، وترسل الرسائل.
f-email = عنوان البريد الإلكتروني
f-password = كلمة المرور
signin-button = تسجيل الدخول
signin-forgot = هل نسيت كلمة المرور؟
signin-no-account = ليس لديك حساب بعد؟
signin-create = أنشئ حسابًا
signin-wrong = أدخل عنوان بريد إلكتروني وكلمة مرور صحيحين
signin-too-many = حاولت تسجيل الدخول مرات كثيرة جدًا. انتظر 15 دقيقة ثم حاول مرة أخرى
signin-unconfirmed = أكّد عنوان بريدك الإلكتروني أولًا. أرسلنا إليك رابطًا جديدًا.
signin-ended = تم تسجيل خروجك لأنك لم تفعل شيئًا لبعض الوقت. سجّل الدخول مرة أخرى.

signup-title = إنشاء حساب
signup-intro = بالحساب يمكنك متابعة الطلب، وقراءة الخطابات، وإرسال الرسائل إلى منسّقك.
f-your-name = اسمك الكامل
f-new-password = أنشئ كلمة مرور
hint-password = استخدم 8 أحرف على الأقل. لا تستخدم كلمة مرور سهلة التخمين.
f-password-again = اكتب كلمة المرور مرة أخرى
signup-button = إنشاء حساب
err-your-name = أدخل اسمك الكامل
err-email = أدخل عنوان بريدك الإلكتروني
err-password = أدخل كلمة مرور
err-password-short = يجب أن تتكون كلمة المرور من 8 أحرف أو أكثر
err-password-long = يجب ألا تزيد كلمة المرور على 128 حرفًا
err-password-common = كلمة المرور هذه سهلة التخمين جدًا. اختر كلمة مرور أخرى
err-password-match = كلمتا المرور غير متطابقتين
err-email-taken = يوجد حساب بالفعل لعنوان البريد الإلكتروني هذا. سجّل الدخول، أو أعد تعيين كلمة المرور

check-email-title = تحقق من بريدك الإلكتروني
check-email = أرسلنا رابطًا إلى { $email }. اضغط على الرابط لتأكيد عنوان بريدك الإلكتروني. يعمل الرابط لمدة 24 ساعة.
verified-title = تم تأكيد عنوان بريدك الإلكتروني
verified = يمكنك الآن تسجيل الدخول.
link-bad-title = هذا الرابط لا يعمل
link-bad = ربما استُخدم الرابط من قبل، أو ربما أصبح قديمًا جدًا.
link-bad-new = اطلب رابطًا جديدًا

reset-title = إعادة تعيين كلمة المرور
reset-intro = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لتختار كلمة مرور جديدة.
reset-button = أرسل الرابط
reset-sent = إذا كان هناك حساب لعنوان { $email }، فقد أرسلنا إليه رابطًا. يعمل الرابط لمدة 1 ساعة.
new-password-title = اختر كلمة مرور جديدة
new-password-button = حفظ كلمة المرور
new-password-done = تم حفظ كلمة المرور. يمكنك الآن تسجيل الدخول.

## The family's pages

my-title = طلباتك
my-none = لم تقدّم أي طلب بعد.
my-apply = اطلب تقييمًا
my-child = الطفل
my-now = ما يحدث الآن

tracker-now-heading = ما يحدث الآن
tracker-coordinator = اسم منسّقك: { $name }.
tracker-no-coordinator = سنخبرك قريبًا من هو منسّقك.
tracker-can-do = ما يمكنك فعله الآن
tracker-steps = ماذا يحدث ومتى
tracker-nothing = لا يوجد شيء لعرضه بعد.
tracker-done = تم
tracker-decisions = قراراتنا
tracker-disagree = إذا كنت لا توافق على قرار، يمكنك أن تطلب اجتماعًا مع شخص مستقل (الوساطة) أو أن تعترض أمام محكمة مختصة. يشرح لك خطاب القرار كيف تفعل ذلك.
tracker-received = شكرًا لك. لقد استلمناه.

docs-title = الخطابات والتقارير
docs-none = لا توجد خطابات أو تقارير بعد.
docs-add = أضف تقريرًا أو خطابًا
docs-added = تمت إضافة الملف

conversation-title = الرسائل مع منسّقك
conversation-none = لا توجد رسائل بعد.
f-message = رسالتك
send-message = إرسال الرسالة
err-message = اكتب رسالة
message-sent = تم إرسال الرسالة

views-title = كل شيء عني
views-intro = أخبرنا عن الطفل بكلماتك أنت، أو ساعده ليخبرنا بنفسه. سنستخدم هذا في خطته.
f-admired = ما الذي يحبه الناس فيه ويعجبون به؟
f-important = ما المهم بالنسبة إليه الآن؟
f-hopes = ما آماله للمستقبل؟
f-support-best = ما أفضل طريقة لمساعدته؟
views-saved = تم حفظ إجاباتك

prefs-title = كيف نتواصل معك
f-channel = كيف تريد أن نتواصل معك؟
f-pref-language = أي لغة نستخدم؟
prefs-saved = تم حفظ اختياراتك

## Emails

email-greeting = مرحبًا،
email-sign-off = مع تحيات فريق الاحتياجات التعليمية الخاصة في { $council }
email-confirm-subject = استلمنا طلبك: { $reference }
email-confirm-intro = شكرًا لك. استلمنا طلبك لتقييم { $child }. رقمك المرجعي هو { $reference }.
email-confirm-next = سنخبرك بحلول { $six } إن كنا سنقوم بالتقييم.
email-confirm-answers = هذه نسخة من إجاباتك:
email-confirm-account = لمتابعة طلبك عبر الإنترنت، أنشئ حسابك بهذا الرابط. يعمل الرابط لمدة 7 أيام:
email-confirm-school = لقد طلبت هذا التقييم من أجل { $child }. أخبرنا العائلة بذلك. رقمك المرجعي هو { $reference }.
email-resume-subject = طلبك المحفوظ
email-resume-body = استخدم هذا الرابط للعودة إلى طلب التقييم. يعمل الرابط لمدة 28 يومًا:
email-verify-subject = أكّد عنوان بريدك الإلكتروني
email-verify-body = اضغط على هذا الرابط لتأكيد عنوان بريدك الإلكتروني. يعمل الرابط لمدة 24 ساعة:
email-reset-subject = اختر كلمة مرور جديدة
email-reset-body = اضغط على هذا الرابط لتختار كلمة مرور جديدة. يعمل الرابط لمدة 1 ساعة:
email-ignore = إذا لم تطلب هذا، يمكنك تجاهل هذه الرسالة.
email-message-subject = رسالة جديدة بخصوص { $child }
email-message-body = لديك رسالة جديدة من { $name }. سجّل الدخول لقراءتها:
