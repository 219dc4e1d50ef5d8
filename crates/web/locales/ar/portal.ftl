# More words for families: accounts, the tracker and the portal's pages.

err-password-email = يجب ألا تكون كلمة المرور هي نفسها عنوان بريدك الإلكتروني
err-message-long = يجب ألا تزيد رسالتك على 5000 حرف
docs-download = تنزيل
docs-from-you = أنت أرسلت هذا
f-contact-language = اللغة
tracker-request = طلبك
tracker-messages = الرسائل
tracker-views = كل شيء عني
tracker-documents = الخطابات والتقارير
tracker-you = أنت
signin-enter-password = أدخل كلمة المرور
signed-out = تم تسجيل خروجك.
important = مهم
err-file-type-staff = يجب أن يكون الملف بصيغة PDF أو مستند Word (DOCX) أو صورة JPG أو PNG أو نصًا عاديًا
