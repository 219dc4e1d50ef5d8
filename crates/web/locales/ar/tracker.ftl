# The family's tracker: where each step of the journey stands, with dates.

stage-not-started = لم يُسجَّل أي طلب بعد
stage-requested = نقرّر الآن إن كنا سنقوم بالتقييم
stage-assessing = نطلب النصيحة من الأشخاص الذين يعرفون الطفل
stage-drafting = نكتب مسودة الخطة
stage-draft-issued = مسودة الخطة الآن لديك
stage-plan-in-force = الخطة مطبّقة الآن
stage-closed = تم إغلاق الملف

ms-assess-due = سنقرّر بحلول { $due } إن كنا سنقوم بالتقييم.
ms-assess-done = اتخذنا في { $done } قرارنا بشأن القيام بالتقييم.
ms-advice-due = { $what } من { $who } يجب أن تصل إلينا بحلول { $due }.
ms-advice-done = { $what } من { $who } وصلت إلينا في { $done }.
ms-issue-due = سنقرّر بحلول { $due } إن كنا سنضع خطة.
ms-issue-done = اتخذنا في { $done } قرارنا بشأن وضع خطة.
ms-consult-due = ننتظر بحلول { $due } ردًّا من { $who } يوضّح إن كان بالإمكان تلبية احتياجات الطفل هناك.
ms-consult-done = وصلنا الرد من { $who } في { $done }.
ms-final-due = سنرسل إليك الخطة النهائية بحلول { $due }.
ms-final-done = أرسلنا إليك الخطة النهائية في { $done }.
ms-review-due = سيُعقد اجتماع المراجعة السنوية بحلول { $due }.
ms-review-done = عُقد اجتماع المراجعة السنوية في { $done }.
ms-report-due = سيُرسَل إلينا تقرير المراجعة بحلول { $due }.
ms-report-done = أُرسل إلينا تقرير المراجعة في { $done }.
ms-review-decision-due = سنخبرك بحلول { $due } بما قرّرناه بعد المراجعة.
ms-review-decision-done = أخبرناك في { $done } بما قرّرناه بعد المراجعة.
ms-amended-due = سنرسل إليك الخطة المعدّلة بحلول { $due }.
ms-amended-done = أرسلنا إليك الخطة المعدّلة في { $done }.
ms-transfer-due = سننتهي من مراجعة الخطة للانتقال إلى المدرسة أو الكلية التالية بحلول { $due }.
ms-transfer-done = انتهينا من مراجعة الخطة للانتقال إلى المدرسة أو الكلية التالية في { $done }.
ms-comment-draft-open = أمامك حتى { $due } لتعلّق على مسودة الخطة وتخبرنا بالمدرسة التي تفضّلها.
ms-comment-draft-closed = انتهت مدة التعليق على مسودة الخطة في { $due }.
ms-comment-changes-open = أمامك حتى { $due } لتعلّق على التغييرات في الخطة.
ms-comment-changes-closed = انتهت مدة التعليق على التغييرات في الخطة في { $due }.
ms-was-due = كان الموعد المحدد هو { $due }.
ms-late = هذا متأخر، ونحن نعتذر عن ذلك.
ms-lapsed = لم يصلنا ردّ من { $who } بحلول { $due }، لذلك أرسلنا الخطة النهائية دون هذا الرد.
ms-exception = لا تنطبق المهلة الزمنية لأن { $reason }.
ms-the-school = المدرسة

advice-parent = نصيحتك
advice-educational = نصيحة بشأن التعلّم
advice-medical = نصيحة صحية
advice-psychological = نصيحة أخصائي علم النفس
advice-social-care = نصيحة الرعاية الاجتماعية
advice-other = نصيحة أخرى

exception-setting-closed = المدرسة أو المؤسسة التعليمية كانت مغلقة لمدة 4 أسابيع أو أكثر
exception-family-away = العائلة كانت مسافرة لمدة 4 أسابيع أو أكثر
exception-circumstances = هناك ظروفًا شخصية صعبة جدًا
exception-missed-appointment = أحد مواعيد التقييم قد فات

decision-assess-title = هل نقوم بالتقييم
decision-assess-yes = قرّرنا أن نقوم بالتقييم.
decision-assess-no = قرّرنا ألا نقوم بالتقييم.
decision-issue-title = هل نضع خطة
decision-issue-yes = قرّرنا أن نضع خطة.
decision-issue-no = قرّرنا ألا نضع خطة.

action-comment = علّق على مسودة الخطة
action-preference = أخبرنا بالمدرسة التي تفضّلها
action-meeting = اطلب اجتماعًا بشأن مسودة الخطة
