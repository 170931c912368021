<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>APP</name>
    <message>
        <source>Welcome to MSF Desk</source>
        <translation>مرحبًا بك في MSF Desk</translation>
    </message>
    <message>
        <source>This is the first time MSF Desk has run here.

Would you like to start with the demo forum (a forum full of sample records to explore)? Choose No to start your own, empty forum.</source>
        <translation>هذه هي المرة الأولى التي يعمل فيها MSF Desk هنا.

هل تريد البدء بالمنتدى التجريبي (منتدى مليء بسجلات نموذجية للاستكشاف)؟ اختر «لا» لبدء منتداك الخاص فارغًا.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>تعذّر فتح المنتدى</translation>
    </message>
</context>
<context>
    <name>COMMANDS_ETHICS</name>
    <message>
        <source>adopt a new version of the ethics statement</source>
        <translation>اعتماد نسخة جديدة من ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>record the signature of {name}</source>
        <translation>تسجيل توقيع {name}</translation>
    </message>
    <message>
        <source>record the signature of a member</source>
        <translation>تسجيل توقيع أحد الأعضاء</translation>
    </message>
    <message>
        <source>remove a signature</source>
        <translation>حذف توقيع</translation>
    </message>
    <message>
        <source>add a declaration of interests</source>
        <translation>إضافة إقرار مصالح</translation>
    </message>
    <message>
        <source>edit a declaration of interests</source>
        <translation>تعديل إقرار مصالح</translation>
    </message>
    <message>
        <source>remove a declaration of interests</source>
        <translation>حذف إقرار مصالح</translation>
    </message>
    <message>
        <source>record a breach</source>
        <translation>تسجيل مخالفة</translation>
    </message>
    <message>
        <source>edit a breach</source>
        <translation>تعديل مخالفة</translation>
    </message>
    <message>
        <source>remove a breach</source>
        <translation>حذف مخالفة</translation>
    </message>
    <message>
        <source>record: {name} — {kind}</source>
        <translation>تسجيل: {name} — {kind}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEETINGS</name>
    <message>
        <source>add meeting {title}</source>
        <translation>إضافة الاجتماع {title}</translation>
    </message>
    <message>
        <source>edit meeting {title}</source>
        <translation>تعديل الاجتماع {title}</translation>
    </message>
    <message>
        <source>record as held {title}</source>
        <translation>تسجيل انعقاد الاجتماع {title}</translation>
    </message>
    <message>
        <source>cancel {title}</source>
        <translation>إلغاء الاجتماع {title}</translation>
    </message>
    <message>
        <source>postpone {title}</source>
        <translation>تأجيل الاجتماع {title}</translation>
    </message>
    <message>
        <source>reinstate {title}</source>
        <translation>إعادة جدولة الاجتماع {title}</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>delete meeting {title}</source>
        <translation>حذف الاجتماع {title}</translation>
    </message>
    <message numerus="yes">
        <source>plan %n meeting(s)</source>
        <translation>
            <numerusform>تخطيط %n اجتماع</numerusform>
            <numerusform>تخطيط اجتماع واحد</numerusform>
            <numerusform>تخطيط اجتماعين</numerusform>
            <numerusform>تخطيط %n اجتماعات</numerusform>
            <numerusform>تخطيط %n اجتماعًا</numerusform>
            <numerusform>تخطيط %n اجتماع</numerusform>
        </translation>
    </message>
    <message>
        <source>add item {title}</source>
        <translation>إضافة البند {title}</translation>
    </message>
    <message>
        <source>edit item {title}</source>
        <translation>تعديل البند {title}</translation>
    </message>
    <message>
        <source>remove item {title}</source>
        <translation>حذف البند {title}</translation>
    </message>
    <message>
        <source>reorder the agenda</source>
        <translation>إعادة ترتيب جدول الأعمال</translation>
    </message>
    <message>
        <source>add the standing items</source>
        <translation>إضافة البنود الدائمة</translation>
    </message>
    <message>
        <source>copy an agenda</source>
        <translation>نسخ جدول أعمال</translation>
    </message>
    <message>
        <source>approval by {name}</source>
        <translation>موافقة {name}</translation>
    </message>
    <message>
        <source>record the notice for {title} as sent</source>
        <translation>تسجيل إرسال الدعوة إلى {title}</translation>
    </message>
    <message>
        <source>add paper {title}</source>
        <translation>إضافة الوثيقة {title}</translation>
    </message>
    <message>
        <source>edit paper {title}</source>
        <translation>تعديل الوثيقة {title}</translation>
    </message>
    <message>
        <source>remove paper {title}</source>
        <translation>حذف الوثيقة {title}</translation>
    </message>
    <message>
        <source>add holiday {day}</source>
        <translation>إضافة العطلة {day}</translation>
    </message>
    <message>
        <source>remove holiday {day}</source>
        <translation>إزالة العطلة {day}</translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEMBERS</name>
    <message>
        <source>add {name}</source>
        <translation>إضافة {name}</translation>
    </message>
    <message>
        <source>edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <source>add selection round {title}</source>
        <translation>إضافة جولة الاختيار {title}</translation>
    </message>
    <message>
        <source>edit the forum profile</source>
        <translation>تعديل ملف المنتدى</translation>
    </message>
    <message numerus="yes">
        <source>import %n member(s) from {source}</source>
        <translation>
            <numerusform>استيراد %n عضو من {source}</numerusform>
            <numerusform>استيراد عضو واحد من {source}</numerusform>
            <numerusform>استيراد عضوين من {source}</numerusform>
            <numerusform>استيراد %n أعضاء من {source}</numerusform>
            <numerusform>استيراد %n عضوًا من {source}</numerusform>
            <numerusform>استيراد %n عضو من {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_MINUTES</name>
    <message>
        <source>start the minutes</source>
        <translation>بدء المحضر</translation>
    </message>
    <message>
        <source>mark {name}: {presence}</source>
        <translation>تسجيل {name}: {presence}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>إضافة {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <source>add a decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <source>remove a decision</source>
        <translation>حذف قرار</translation>
    </message>
    <message>
        <source>record the vote</source>
        <translation>تسجيل التصويت</translation>
    </message>
    <message>
        <source>add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>change an action</source>
        <translation>تعديل إجراء</translation>
    </message>
    <message>
        <source>mark the action {status}</source>
        <translation>تعليم الإجراء: {status}</translation>
    </message>
    <message>
        <source>remove an action</source>
        <translation>حذف إجراء</translation>
    </message>
    <message>
        <source>record: {kind}</source>
        <translation>تسجيل: {kind}</translation>
    </message>
    <message>
        <source>remove a declaration</source>
        <translation>حذف إقرار</translation>
    </message>
    <message>
        <source>circulate the minutes</source>
        <translation>تعميم المحضر</translation>
    </message>
</context>
<context>
    <name>COMMANDS_PAPERS</name>
    <message>
        <source>new version of the paper {title}</source>
        <translation>نسخة جديدة من الوثيقة {title}</translation>
    </message>
</context>
<context>
    <name>COMMANDS_RESPONSES</name>
    <message>
        <source>answer no. {id} ({outcome})</source>
        <translation>الرد على رقم {id} ({outcome})</translation>
    </message>
    <message>
        <source>add a contribution</source>
        <translation>إضافة مساهمة</translation>
    </message>
    <message>
        <source>edit contribution no. {id}</source>
        <translation>تعديل المساهمة رقم {id}</translation>
    </message>
    <message>
        <source>attach {file} to no. {id}</source>
        <translation>إرفاق {file} بالرقم {id}</translation>
    </message>
    <message>
        <source>edit the summary of {theme}</source>
        <translation>تعديل ملخص {theme}</translation>
    </message>
    <message>
        <source>edit the summary of contributions without a theme</source>
        <translation>تعديل ملخص المساهمات التي لا موضوع لها</translation>
    </message>
    <message>
        <source>add consultation {name}</source>
        <translation>إضافة المشاورة {name}</translation>
    </message>
    <message>
        <source>edit consultation {name}</source>
        <translation>تعديل المشاورة {name}</translation>
    </message>
    <message numerus="yes">
        <source>import %n contribution(s) from {source}</source>
        <translation>
            <numerusform>استيراد %n مساهمة من {source}</numerusform>
            <numerusform>استيراد مساهمة واحدة من {source}</numerusform>
            <numerusform>استيراد مساهمتين من {source}</numerusform>
            <numerusform>استيراد %n مساهمات من {source}</numerusform>
            <numerusform>استيراد %n مساهمةً من {source}</numerusform>
            <numerusform>استيراد %n مساهمة من {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and update %n</source>
        <translation>
            <numerusform> وتحديث %n</numerusform>
            <numerusform> وتحديث واحدة</numerusform>
            <numerusform> وتحديث اثنتين</numerusform>
            <numerusform> وتحديث %n</numerusform>
            <numerusform> وتحديث %n</numerusform>
            <numerusform> وتحديث %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer %n contribution(s): {outcome}</source>
        <translation>
            <numerusform>الرد على %n مساهمة: {outcome}</numerusform>
            <numerusform>الرد على مساهمة واحدة: {outcome}</numerusform>
            <numerusform>الرد على مساهمتين: {outcome}</numerusform>
            <numerusform>الرد على %n مساهمات: {outcome}</numerusform>
            <numerusform>الرد على %n مساهمةً: {outcome}</numerusform>
            <numerusform>الرد على %n مساهمة: {outcome}</numerusform>
        </translation>
    </message>
    <message>
        <source>delete consultation {name}</source>
        <translation>حذف المشاورة {name}</translation>
    </message>
    <message>
        <source>delete contribution no. {id}</source>
        <translation>حذف المساهمة رقم {id}</translation>
    </message>
    <message numerus="yes">
        <source>delete %n contribution(s)</source>
        <translation>
            <numerusform>حذف %n مساهمة</numerusform>
            <numerusform>حذف مساهمة واحدة</numerusform>
            <numerusform>حذف مساهمتين</numerusform>
            <numerusform>حذف %n مساهمات</numerusform>
            <numerusform>حذف %n مساهمةً</numerusform>
            <numerusform>حذف %n مساهمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_STANDARDS</name>
    <message>
        <source>Choose the standards</source>
        <translation>اختيار المعايير</translation>
    </message>
    <message>
        <source>Record the OGP website</source>
        <translation>تسجيل موقع الشراكة (OGP)</translation>
    </message>
    <message>
        <source>Save the action plan {name}</source>
        <translation>حفظ خطة العمل {name}</translation>
    </message>
    <message>
        <source>Remove an action plan</source>
        <translation>حذف خطة عمل</translation>
    </message>
    <message>
        <source>Save an outreach activity</source>
        <translation>حفظ نشاط توعية</translation>
    </message>
    <message>
        <source>Remove an outreach activity</source>
        <translation>حذف نشاط توعية</translation>
    </message>
    <message>
        <source>Add the document {title}</source>
        <translation>إضافة الوثيقة {title}</translation>
    </message>
    <message>
        <source>Change the document {title}</source>
        <translation>تعديل الوثيقة {title}</translation>
    </message>
    <message>
        <source>Remove a process document</source>
        <translation>حذف وثيقة من وثائق العملية</translation>
    </message>
</context>
<context>
    <name>COMMANDS_TRASH</name>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>إقرار المصالح</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>مساهمة</translation>
    </message>
    <message>
        <source>restore {kind} “{label}” from the trash</source>
        <translation>استعادة {kind} «{label}» من سلة المحذوفات</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ABOUT</name>
    <message>
        <source>About MSF Desk</source>
        <translation>حول MSF Desk</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;The secretariat&apos;s desk for a multi-stakeholder forum: membership and parity, meetings, minutes, ethics, reasoned responses and the public repository. Works offline; each forum is one file on your computer.</source>
        <translation>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;مكتب الأمانة لمنتدى متعدد أصحاب المصلحة: العضوية والتكافؤ، والاجتماعات، والمحاضر، والأخلاقيات، والردود المعلّلة، والمستودع العام. يعمل دون اتصال؛ كل منتدى ملف واحد على حاسوبك.</translation>
    </message>
    <message>
        <source>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;Forums are kept in: {user_data_dir}</source>
        <translation>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;تُحفظ المنتديات في: {user_data_dir}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>no licence file found</source>
        <translation>لم يُعثر على ملف ترخيص</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts in the PDFs it writes&lt;/b&gt;: {families}, under {names}. The licence as shipped with the fonts:</source>
        <translation>&lt;b&gt;الخطوط في ملفات PDF التي يكتبها&lt;/b&gt;: {families}، بموجب {names}. الترخيص كما يُوزَّع مع الخطوط:</translation>
    </message>
</context>
<context>
    <name>DIALOGS_BACKUPS</name>
    <message>
        <source>automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <source>before the demo replaced it</source>
        <translation>قبل أن يحلّ المنتدى التجريبي محلّه</translation>
    </message>
    <message>
        <source>MSF Desk forum (*.msf);;All files (*)</source>
        <translation>منتدى MSF Desk (*.msf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>أُخذت في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Verified: no damage</source>
        <translation>تم التحقق: لا تلف</translation>
    </message>
    <message>
        <source>Damaged: {item0}</source>
        <translation>تالفة: {item0}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>MSF Desk keeps backups of &lt;b&gt;{name}&lt;/b&gt; in &lt;b&gt;{name2}&lt;/b&gt; beside it: one when the forum is opened and at most every 15 minutes while you edit; the last 10, and one a day for 30 days. Each is checked for damage again below.&lt;br&gt;&lt;br&gt;Restoring writes the backup into a &lt;b&gt;new file&lt;/b&gt;; the open forum is not changed.</source>
        <translation>يحتفظ MSF Desk بنسخ احتياطية من &lt;b&gt;{name}&lt;/b&gt; في &lt;b&gt;{name2}&lt;/b&gt; بجانبه: نسخة عند فتح المنتدى ونسخة كل 15 دقيقة على الأكثر أثناء التحرير؛ آخر 10 نسخ، ونسخة يوميًا لمدة 30 يومًا. يُعاد فحص كل منها أدناه.&lt;br&gt;&lt;br&gt;تكتب الاستعادة النسخة الاحتياطية في &lt;b&gt;ملف جديد&lt;/b&gt;؛ ولا يتغيّر المنتدى المفتوح.</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>لا توجد نسخ احتياطية من {name} بعد.</translation>
    </message>
    <message>
        <source>Restore into a new file…</source>
        <translation>الاستعادة في ملف جديد…</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>الاستعادة في ملف جديد</translation>
    </message>
    <message>
        <source>Restoring the backup of {taken}…</source>
        <translation>جارٍ استعادة نسخة {taken}…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>تمت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup was restored into {path}.

Open it now? The forum open now is left as it is; you can open it again from File → Open recent.</source>
        <translation>تمت استعادة النسخة الاحتياطية في {path}.

هل تفتحها الآن؟ يبقى المنتدى المفتوح كما هو؛ ويمكنك فتحه مجددًا من ملف ← الملفات الأخيرة.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>افتحها</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ETHICS</name>
    <message numerus="yes">
        <source>Please put right the %n problem(s) marked in red.</source>
        <translation>
            <numerusform>لا توجد مشكلات.</numerusform>
            <numerusform>يُرجى تصحيح المشكلة المعلَّمة بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح المشكلتين المعلَّمتين بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح المشكلات الـ%n المعلَّمة بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح %n مشكلة معلَّمة بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح %n مشكلة معلَّمة بالأحمر.</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of the ethics statement</source>
        <translation>نسخة جديدة من ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>Adopt the ethics statement</source>
        <translation>اعتماد ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>What changed, for the record (e.g. adds a rule on gifts)</source>
        <translation>ما الذي تغيّر، للتوثيق (مثلًا: يضيف قاعدة بشأن الهدايا)</translation>
    </message>
    <message>
        <source>Members are asked to sign the new version.</source>
        <translation>يُطلب من الأعضاء توقيع النسخة الجديدة.</translation>
    </message>
    <message>
        <source>Start from MSF Desk&apos;s text around the seven principles of public life, and adapt it to the forum&apos;s rules and sanctions.</source>
        <translation>ابدأ من نص MSF Desk المبني على المبادئ السبعة للحياة العامة، وكيّفه مع قواعد المنتدى وجزاءاته.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Adopted on</source>
        <translation>&amp;اعتُمد في</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Record a signature of the ethics statement</source>
        <translation>تسجيل توقيع على ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation>(اختر عضوًا)</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>النسخة {version} بتاريخ {day}</translation>
    </message>
    <message>
        <source>Typed confirmation by the member</source>
        <translation>تأكيد مكتوب من العضو</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>نسخة موقّعة ممسوحة ضوئيًا</translation>
    </message>
    <message>
        <source>The scanned file (PDF or image)</source>
        <translation>الملف الممسوح (PDF أو صورة)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>ال&amp;عضو</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>ال&amp;نسخة</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;وُقّع في</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation>ال&amp;تأكيد</translation>
    </message>
    <message>
        <source>The member&apos;s own words (from their e-mail or typed by them). Kept on the forum&apos;s record only; never published.</source>
        <translation>كلمات العضو نفسه (من بريده أو بكتابته). تُحفظ في سجل المنتدى فقط؛ ولا تُنشر أبدًا.</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>ال&amp;مسح الضوئي</translation>
    </message>
    <message>
        <source>The scanned signed copy</source>
        <translation>النسخة الموقّعة الممسوحة</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>ملفات ممسوحة (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Edit an interest</source>
        <translation>تعديل مصلحة</translation>
    </message>
    <message>
        <source>Add an interest</source>
        <translation>إضافة مصلحة</translation>
    </message>
    <message>
        <source>e.g. Open Budget Coalition</source>
        <translation>مثلًا: ائتلاف الموازنة المفتوحة</translation>
    </message>
    <message>
        <source>Why it should not be published (e.g. concerns a relative)</source>
        <translation>لماذا لا ينبغي نشرها (مثلًا: تخص أحد الأقارب)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>Name it as written on agenda items: conflicts are found by matching names.</source>
        <translation>اكتب اسمها كما يرد في بنود جدول الأعمال: يُكشف تضارب المصالح بمطابقة الأسماء.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Visibility</source>
        <translation>&amp;الظهور</translation>
    </message>
    <message>
        <source>Public interests appear in the published register; forum-only ones never do.</source>
        <translation>تظهر المصالح العامة في السجل المنشور؛ أما المقصورة على المنتدى فلا تظهر أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Edit the declaration of interests — {member_name}</source>
        <translation>تعديل إقرار المصالح — {member_name}</translation>
    </message>
    <message>
        <source>New declaration of interests — {member_name}</source>
        <translation>إقرار مصالح جديد — {member_name}</translation>
    </message>
    <message>
        <source>Nothing to declare</source>
        <translation>لا شيء للإقرار به</translation>
    </message>
    <message>
        <source>Add interest…</source>
        <translation>إضافة مصلحة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;قُدّم في</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;صنف</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>ال&amp;مصالح</translation>
    </message>
    <message>
        <source>The whole picture on that day: the newest declaration replaces the earlier ones.</source>
        <translation>الصورة الكاملة في ذلك اليوم: يحلّ أحدث إقرار محل الإقرارات السابقة.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Edit a breach</source>
        <translation>تعديل مخالفة</translation>
    </message>
    <message>
        <source>Record a breach</source>
        <translation>تسجيل مخالفة</translation>
    </message>
    <message>
        <source>(choose the member concerned)</source>
        <translation>(اختر العضو المعني)</translation>
    </message>
    <message>
        <source>e.g. The co-chairs, after hearing the member</source>
        <translation>مثلًا: الرئيسان المشاركان، بعد الاستماع إلى العضو</translation>
    </message>
    <message>
        <source>&amp;Allegation</source>
        <translation>الا&amp;دعاء</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>أُبلغ &amp;عنه في</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>&amp;تولّاه</translation>
    </message>
    <message>
        <source>&amp;Sanction</source>
        <translation>ال&amp;جزاء</translation>
    </message>
    <message>
        <source>Under the forum&apos;s rules: no sanction, a warning, a suspension or removal.</source>
        <translation>وفق قواعد المنتدى: لا جزاء، أو إنذار، أو تعليق، أو إقصاء.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;تقرّر في</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;أُغلق في</translation>
    </message>
    <message>
        <source>A removal ends {who}&apos;s term the day before the decision date: they leave the forum&apos;s seats and the parity count. Edit ▸ Undo puts them back.</source>
        <translation>ينهي الإقصاء ولاية {who} في اليوم السابق لتاريخ القرار: يغادر مقاعد المنتدى وحساب التكافؤ. تحرير ▸ تراجع يعيده.</translation>
    </message>
    <message>
        <source>choose the member concerned</source>
        <translation>اختر العضو المعني</translation>
    </message>
</context>
<context>
    <name>DIALOGS_EXPORT</name>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (.csv)</source>
        <translation>جدول بيانات (.csv)</translation>
    </message>
    <message>
        <source>Open data (.json)</source>
        <translation>بيانات مفتوحة (.json)</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>تقويم (.ics)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) in {folder}.</source>
        <translation>
            <numerusform>لم يُكتب أي ملف في {folder}.</numerusform>
            <numerusform>كُتب ملف واحد في {folder}.</numerusform>
            <numerusform>كُتب ملفان في {folder}.</numerusform>
            <numerusform>كُتبت %n ملفات في {folder}.</numerusform>
            <numerusform>كُتب %n ملفًا في {folder}.</numerusform>
            <numerusform>كُتب %n ملف في {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>You can go on working: close this and the export goes on, shown in the status bar.</source>
        <translation>يمكنك مواصلة العمل: أغلق هذه النافذة ويستمر التصدير، ويظهر في شريط الحالة.</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>tick at least one format</source>
        <translation>حدّد صيغة واحدة على الأقل</translation>
    </message>
    <message>
        <source>choose the folder to export into</source>
        <translation>اختر مجلد التصدير</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>The export goes on; the status bar shows it</source>
        <translation>يستمر التصدير؛ ويظهر في شريط الحالة</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this export will be written.</source>
        <translation>جارٍ الإلغاء… لن يُكتب شيء من هذا التصدير.</translation>
    </message>
    <message>
        <source>Writing {name} ({n} of {count})…</source>
        <translation>جارٍ كتابة {name} ({n} من {count})…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>التصدير مجددًا</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>لم يُكتب شيء: {problem}</translation>
    </message>
</context>
<context>
    <name>DIALOGS_HISTORY</name>
    <message>
        <source>action plans</source>
        <translation>خطط العمل</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>agenda approvals</source>
        <translation>الموافقات على جدول الأعمال</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>agenda revisions</source>
        <translation>تعديلات جدول الأعمال</translation>
    </message>
    <message>
        <source>amendments</source>
        <translation>التصويبات</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>breakout points</source>
        <translation>نقاط مجموعات العمل</translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation>مجموعات العمل</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <source>contribution attachments</source>
        <translation>مرفقات المساهمات</translation>
    </message>
    <message>
        <source>contribution links</source>
        <translation>الروابط بين المساهمات</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>الإقرارات</translation>
    </message>
    <message>
        <source>ethics signatures</source>
        <translation>التوقيعات على ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>ethics statements</source>
        <translation>مواثيق الأخلاقيات</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>العطل الرسمية</translation>
    </message>
    <message>
        <source>import mappings</source>
        <translation>مطابقات الاستيراد</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>المصالح</translation>
    </message>
    <message>
        <source>item declarations</source>
        <translation>الإقرارات على البنود</translation>
    </message>
    <message>
        <source>item minutes</source>
        <translation>محضر البنود</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>outreach activities</source>
        <translation>أنشطة التوعية</translation>
    </message>
    <message>
        <source>paper versions</source>
        <translation>إصدارات الوثائق</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>process documents</source>
        <translation>وثائق العملية</translation>
    </message>
    <message>
        <source>repository exports</source>
        <translation>عمليات تصدير المستودع</translation>
    </message>
    <message>
        <source>response reasons</source>
        <translation>أسباب الردود</translation>
    </message>
    <message>
        <source>selection rounds</source>
        <translation>جولات الاختيار</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>standing items</source>
        <translation>البنود الدائمة</translation>
    </message>
    <message>
        <source>theme summaries</source>
        <translation>ملخصات المواضيع</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>تراجع: {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>إعادة: {what}</translation>
    </message>
    <message>
        <source>Changed the forum</source>
        <translation>تعديل المنتدى</translation>
    </message>
    <message numerus="yes">
        <source>%n in {records}</source>
        <translation>
            <numerusform>%n في {records}</numerusform>
            <numerusform>واحد في {records}</numerusform>
            <numerusform>اثنان في {records}</numerusform>
            <numerusform>%n في {records}</numerusform>
            <numerusform>%n في {records}</numerusform>
            <numerusform>%n في {records}</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed records: {list}</source>
        <translation>السجلات المعدَّلة: {list}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>سجل تغييرات {name}</translation>
    </message>
    <message>
        <source>Filter: a name, a computer, a word of what was done, a date (e.g. Mar 2026)</source>
        <translation>تصفية: اسم، أو حاسوب، أو كلمة مما جرى، أو تاريخ (مثلًا: مارس 2026)</translation>
    </message>
    <message>
        <source>Every change made in this forum, through the window, the command line or an import. The history is for the secretariat: it is never part of a public export.</source>
        <translation>كل تغيير أُجري في هذا المنتدى، عبر النافذة أو سطر الأوامر أو الاستيراد. السجل للأمانة: ولا يكون أبدًا جزءًا من أي تصدير عام.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} من %n تعديل</numerusform>
            <numerusform>{shown} من تعديل واحد</numerusform>
            <numerusform>{shown} من تعديلين</numerusform>
            <numerusform>{shown} من %n تعديلات</numerusform>
            <numerusform>{shown} من %n تعديلًا</numerusform>
            <numerusform>{shown} من %n تعديل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>لا تعديلات</numerusform>
            <numerusform>تعديل واحد</numerusform>
            <numerusform>تعديلان</numerusform>
            <numerusform>%n تعديلات</numerusform>
            <numerusform>%n تعديلًا</numerusform>
            <numerusform>%n تعديل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_IMPORTS</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s): nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</source>
        <translation>
            <numerusform>&lt;b&gt;لا مشكلات.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;مشكلة واحدة: لن يُستورد شيء.&lt;/b&gt; صحّح الملف (أو مطابقة الأعمدة) وأعد المحاولة.</numerusform>
            <numerusform>&lt;b&gt;مشكلتان: لن يُستورد شيء.&lt;/b&gt; صحّح الملف (أو مطابقة الأعمدة) وأعد المحاولة.</numerusform>
            <numerusform>&lt;b&gt;%n مشكلات: لن يُستورد شيء.&lt;/b&gt; صحّح الملف (أو مطابقة الأعمدة) وأعد المحاولة.</numerusform>
            <numerusform>&lt;b&gt;%n مشكلة: لن يُستورد شيء.&lt;/b&gt; صحّح الملف (أو مطابقة الأعمدة) وأعد المحاولة.</numerusform>
            <numerusform>&lt;b&gt;%n مشكلة: لن يُستورد شيء.&lt;/b&gt; صحّح الملف (أو مطابقة الأعمدة) وأعد المحاولة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first %n row(s) as they will be stored&lt;/b&gt; (hover a cell for all of it):</source>
        <translation>
            <numerusform>&lt;b&gt;لا صفوف&lt;/b&gt;:</numerusform>
            <numerusform>&lt;b&gt;الصف الأول كما سيُحفظ&lt;/b&gt; (مرّر المؤشر فوق خلية لرؤيتها كاملة):</numerusform>
            <numerusform>&lt;b&gt;أول صفين كما سيُحفظان&lt;/b&gt; (مرّر المؤشر فوق خلية لرؤيتها كاملة):</numerusform>
            <numerusform>&lt;b&gt;أول %n صفوف كما ستُحفظ&lt;/b&gt; (مرّر المؤشر فوق خلية لرؤيتها كاملة):</numerusform>
            <numerusform>&lt;b&gt;أول %n صفًا كما ستُحفظ&lt;/b&gt; (مرّر المؤشر فوق خلية لرؤيتها كاملة):</numerusform>
            <numerusform>&lt;b&gt;أول %n صف كما ستُحفظ&lt;/b&gt; (مرّر المؤشر فوق خلية لرؤيتها كاملة):</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left unused: {columns}</source>
        <translation>أعمدة غير مستخدمة: {columns}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Match the columns…</source>
        <translation>مطابقة الأعمدة…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MAIL</name>
    <message>
        <source>E-mail drafts</source>
        <translation>مسودات البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>كُتبت في {folder}:</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>فتح في برنامج البريد</translation>
    </message>
    <message>
        <source>With: {files}</source>
        <translation>مع: {files}</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Opened {name}: check it and press Send in your mail client.</source>
        <translation>فُتح {name}: راجعه واضغط «إرسال» في برنامج البريد.</translation>
    </message>
    <message>
        <source>No program on this computer opens e-mail files (.eml). Open {name} from your mail client, or attach the files to a new message.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح ملفات البريد (.eml). افتح {name} من برنامج البريد، أو أرفق الملفات برسالة جديدة.</translation>
    </message>
    <message>
        <source>Write the e-mail draft into…</source>
        <translation>كتابة مسودة البريد في…</translation>
    </message>
    <message numerus="yes">
        <source>To sign the ethics statement: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>لتوقيع ميثاق الأخلاقيات: لا أعضاء في النسخة المخفية.</numerusform>
            <numerusform>لتوقيع ميثاق الأخلاقيات: عضو واحد في النسخة المخفية.</numerusform>
            <numerusform>لتوقيع ميثاق الأخلاقيات: عضوان في النسخة المخفية.</numerusform>
            <numerusform>لتوقيع ميثاق الأخلاقيات: %n أعضاء في النسخة المخفية.</numerusform>
            <numerusform>لتوقيع ميثاق الأخلاقيات: %n عضوًا في النسخة المخفية.</numerusform>
            <numerusform>لتوقيع ميثاق الأخلاقيات: %n عضو في النسخة المخفية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To declare their interests: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>لتقديم إقرار المصالح: لا أعضاء في النسخة المخفية.</numerusform>
            <numerusform>لتقديم إقرار المصالح: عضو واحد في النسخة المخفية.</numerusform>
            <numerusform>لتقديم إقرار المصالح: عضوان في النسخة المخفية.</numerusform>
            <numerusform>لتقديم إقرار المصالح: %n أعضاء في النسخة المخفية.</numerusform>
            <numerusform>لتقديم إقرار المصالح: %n عضوًا في النسخة المخفية.</numerusform>
            <numerusform>لتقديم إقرار المصالح: %n عضو في النسخة المخفية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the draft minutes (PDF and Word) attached.</source>
        <translation>
            <numerusform>لا أعضاء في النسخة المخفية؛ ومشروع المحضر (PDF وWord) مرفق.</numerusform>
            <numerusform>عضو واحد في النسخة المخفية؛ ومشروع المحضر (PDF وWord) مرفق.</numerusform>
            <numerusform>عضوان في النسخة المخفية؛ ومشروع المحضر (PDF وWord) مرفق.</numerusform>
            <numerusform>%n أعضاء في النسخة المخفية؛ ومشروع المحضر (PDF وWord) مرفق.</numerusform>
            <numerusform>%n عضوًا في النسخة المخفية؛ ومشروع المحضر (PDF وWord) مرفق.</numerusform>
            <numerusform>%n عضو في النسخة المخفية؛ ومشروع المحضر (PDF وWord) مرفق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the invitation (.ics) and the members&apos; pack attached.</source>
        <translation>
            <numerusform>لا أعضاء في النسخة المخفية؛ والدعوة (.ics) وملف الأعضاء مرفقان.</numerusform>
            <numerusform>عضو واحد في النسخة المخفية؛ والدعوة (.ics) وملف الأعضاء مرفقان.</numerusform>
            <numerusform>عضوان في النسخة المخفية؛ والدعوة (.ics) وملف الأعضاء مرفقان.</numerusform>
            <numerusform>%n أعضاء في النسخة المخفية؛ والدعوة (.ics) وملف الأعضاء مرفقان.</numerusform>
            <numerusform>%n عضوًا في النسخة المخفية؛ والدعوة (.ics) وملف الأعضاء مرفقان.</numerusform>
            <numerusform>%n عضو في النسخة المخفية؛ والدعوة (.ics) وملف الأعضاء مرفقان.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sign, with no e-mail address ({n}): {names}.</source>
        <translation>للتوقيع، دون عنوان بريد ({n}): {names}.</translation>
    </message>
    <message>
        <source>To declare, with no e-mail address ({n}): {names}.</source>
        <translation>للإقرار، دون عنوان بريد ({n}): {names}.</translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the minutes by other means: {names}.</source>
        <translation>دون عنوان بريد ({n})، يُرسل إليهم المحضر بوسيلة أخرى: {names}.</translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the notice by other means: {names}.</source>
        <translation>دون عنوان بريد ({n})، يُرسل إليهم الإشعار بوسيلة أخرى: {names}.</translation>
    </message>
    <message>
        <source>No e-mail draft: none of the members has an e-mail address. The notice (.txt) and the invitation (.ics) are written.</source>
        <translation>لا مسودة بريد: لا يملك أي عضو عنوان بريد إلكتروني. كُتب الإشعار (.txt) والدعوة (.ics).</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEETINGS</name>
    <message>
        <source>Edit meeting</source>
        <translation>تعديل الاجتماع</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Offer remote participation</source>
        <translation>إتاحة المشاركة عن بُعد</translation>
    </message>
    <message>
        <source>Link or dial-in instructions (members only)</source>
        <translation>الرابط أو تعليمات الاتصال (للأعضاء فقط)</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Member {chair_id}</source>
        <translation>العضو {chair_id}</translation>
    </message>
    <message>
        <source>Public: on the public calendar and packs</source>
        <translation>عام: في التقويم العام وفي الملفات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>The forum&apos;s zone is {zone}; type part of a name to find another.</source>
        <translation>المنطقة الزمنية للمنتدى هي {zone}؛ اكتب جزءًا من اسم للعثور على غيرها.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Remote details</source>
        <translation>تفاصيل المشاركة عن بُعد</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>{verb} meeting</source>
        <translation>{verb} الاجتماع</translation>
    </message>
    <message>
        <source>{verb} “{title}” ({day}). Members and the public see the reason.</source>
        <translation>{verb} «{title}» ({day}). يرى الأعضاء والجمهور السبب.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why, in a sentence: members and the public will read it.</source>
        <translation>اذكر السبب في جملة: سيقرؤه الأعضاء والجمهور.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>تعديل بند جدول الأعمال</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>بند جديد في جدول الأعمال</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>e.g. budget; procurement</source>
        <translation>مثلًا: الموازنة؛ المشتريات</translation>
    </message>
    <message>
        <source>Organisations concerned, separated by ;</source>
        <translation>الجهات المعنية، مفصولة بـ ;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>يقدّمه</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>مشروع القرار</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation>اجتماع المنتدى</translation>
    </message>
    <message>
        <source>The co-chairs may alternate meeting by meeting.</source>
        <translation>يمكن للرئيسين المشاركين التناوب من اجتماع إلى آخر.</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>يحتاج الاجتماع إلى تاريخ</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation>يحتاج الاجتماع إلى عنوان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>One question for the forum per line.</source>
        <translation>سؤال واحد للمنتدى في كل سطر.</translation>
    </message>
    <message>
        <source>Topics and organisations help find conflicts of interest.</source>
        <translation>تساعد المواضيع والجهات على كشف تضارب المصالح.</translation>
    </message>
    <message>
        <source>Approve the agenda</source>
        <translation>اعتماد جدول الأعمال</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Both co-chairs approve the agenda.</source>
        <translation>يعتمد الرئيسان المشاركان جدول الأعمال.</translation>
    </message>
    <message>
        <source>One co-chair approves the agenda.</source>
        <translation>يعتمد أحد الرئيسين المشاركين جدول الأعمال.</translation>
    </message>
    <message>
        <source>{rule}
Approved so far by: {done}.</source>
        <translation>{rule}
اعتمده حتى الآن: {done}.</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>الرئيس المشارك</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>اعتُمد في</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>تسجيل الاعتماد</translation>
    </message>
    <message>
        <source>Give the date of the approval.</source>
        <translation>أدخل تاريخ الاعتماد.</translation>
    </message>
    <message>
        <source>There is no serving co-chair to approve the agenda.</source>
        <translation>لا يوجد رئيس مشارك في منصبه لاعتماد جدول الأعمال.</translation>
    </message>
    <message>
        <source>Notice to members</source>
        <translation>إشعار إلى الأعضاء</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Save invitation (.ics)…</source>
        <translation>حفظ الدعوة (.ics)…</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)…</source>
        <translation>مسودة بريد (.eml)…</translation>
    </message>
    <message>
        <source>Write the notice as an e-mail draft to members (Bcc), with the invitation and the members&apos; pack attached, and open it in your mail client</source>
        <translation>اكتب الإشعار كمسودة بريد إلى الأعضاء (نسخة مخفية) مع الدعوة وملف الأعضاء مرفقين، وافتحها في برنامج البريد</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>أُرسل في</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>تسجيل كمُرسَل</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>حفظ الدعوة</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>نسخ جدول أعمال</translation>
    </message>
    <message>
        <source>Copy the items (not the papers) of an earlier meeting:</source>
        <translation>انسخ البنود (لا الوثائق) من اجتماع سابق:</translation>
    </message>
    <message>
        <source>Replace this agenda</source>
        <translation>استبدال جدول الأعمال هذا</translation>
    </message>
    <message>
        <source>Add after the current items</source>
        <translation>الإضافة بعد البنود الحالية</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEMBERS</name>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <source>The side follows the sector; tick to set it by hand.</source>
        <translation>يتبع الجانب القطاع؛ حدّد المربع لتعيينه يدويًا.</translation>
    </message>
    <message>
        <source>Votes in the forum&apos;s decisions</source>
        <translation>يصوّت في قرارات المنتدى</translation>
    </message>
    <message>
        <source>Has decision-making authority (e.g. minister&apos;s point of contact)</source>
        <translation>يملك صلاحية اتخاذ القرار (مثلًا: جهة اتصال الوزير)</translation>
    </message>
    <message>
        <source>e.g. Appointed by the Minister of Justice</source>
        <translation>مثلًا: معيّن من وزير العدل</translation>
    </message>
    <message>
        <source>Agrees to have their name published</source>
        <translation>يوافق على نشر اسمه</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>(choose the seat holder)</source>
        <translation>(اختر شاغل المقعد)</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation>الجا&amp;نب</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>Alternate &amp;for</source>
        <translation>مناوب &amp;عن</translation>
    </message>
    <message>
        <source>Term and status</source>
        <translation>الولاية والحالة</translation>
    </message>
    <message>
        <source>Term &amp;start</source>
        <translation>&amp;بداية الولاية</translation>
    </message>
    <message>
        <source>Term en&amp;d</source>
        <translation>ن&amp;هاية الولاية</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation>&amp;تاريخ الحالة</translation>
    </message>
    <message>
        <source>The day they left, for a member who resigned or was removed.</source>
        <translation>يوم المغادرة، للعضو الذي استقال أو أُقصي.</translation>
    </message>
    <message>
        <source>How they were chosen</source>
        <translation>كيف اختير</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>جولة الاختيار</translation>
    </message>
    <message>
        <source>or appointed by</source>
        <translation>أو عيّنه</translation>
    </message>
    <message>
        <source>Private contact (never published)</source>
        <translation>بيانات اتصال خاصة (لا تُنشر أبدًا)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>الملف العام</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>السيرة ال&amp;ذاتية</translation>
    </message>
    <message numerus="yes">
        <source>Please put right the %n field(s) marked in red.</source>
        <translation>
            <numerusform>لا حقول.</numerusform>
            <numerusform>يُرجى تصحيح الحقل المعلَّم بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح الحقلين المعلَّمين بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح الحقول الـ%n المعلَّمة بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح %n حقلًا معلَّمًا بالأحمر.</numerusform>
            <numerusform>يُرجى تصحيح %n حقل معلَّم بالأحمر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a selection round</source>
        <translation>إضافة جولة اختيار</translation>
    </message>
    <message>
        <source>e.g. Civil society seats — open call 2027</source>
        <translation>مثلًا: مقاعد المجتمع المدني — دعوة مفتوحة 2027</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <source>Where the call was published</source>
        <translation>أين نُشرت الدعوة</translation>
    </message>
    <message>
        <source>Who ran the selection</source>
        <translation>من أدار الاختيار</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>الجا&amp;نب</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>ال&amp;طريقة</translation>
    </message>
    <message>
        <source>Call &amp;opened</source>
        <translation>&amp;فتح الدعوة</translation>
    </message>
    <message>
        <source>Call &amp;closed</source>
        <translation>إ&amp;غلاق الدعوة</translation>
    </message>
    <message>
        <source>&amp;Advertised in</source>
        <translation>&amp;نُشرت في</translation>
    </message>
    <message>
        <source>&amp;Led by</source>
        <translation>&amp;أدارها</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>Result &amp;date</source>
        <translation>تاريخ النت&amp;يجة</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
</context>
<context>
    <name>DIALOGS_MINUTES</name>
    <message>
        <source>Add a guest or observer</source>
        <translation>إضافة ضيف أو مراقب</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>موظفو الأمانة</translation>
    </message>
    <message>
        <source>Took part remotely</source>
        <translation>شارك عن بُعد</translation>
    </message>
    <message>
        <source>Name may appear in the public minutes</source>
        <translation>يجوز أن يظهر الاسم في المحضر العام</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Attending as</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Untick when the person asked not to be named: the public version then shows only the organisation.</source>
        <translation>ألغِ التحديد إن طلب الشخص عدم ذكر اسمه: تُظهر النسخة العامة الجهة فقط.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>give the guest&apos;s name or organisation</source>
        <translation>أدخل اسم الضيف أو جهته</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>تغيير الإجراء</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>(the meeting as a whole)</source>
        <translation>(الاجتماع ككل)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>مُسقط</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>From item</source>
        <translation>من البند</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>These minutes are approved: only the status can change.</source>
        <translation>هذا المحضر معتمد: لا يمكن تغيير سوى الحالة.</translation>
    </message>
    <message>
        <source>Record a declaration</source>
        <translation>تسجيل إقرار</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>A recused member is left out of the count for this item&apos;s decisions.</source>
        <translation>لا يُحتسب العضو المتنحّي في قرارات هذا البند.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>choose the member</source>
        <translation>اختر العضو</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>اعتماد المحضر</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>اعتُمد في</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>The date of that meeting, unless it was later.</source>
        <translation>تاريخ ذلك الاجتماع، ما لم يكن لاحقًا.</translation>
    </message>
    <message>
        <source>Once approved, the minutes are locked: nothing in them can change. A correction is then a dated amendment. This cannot be undone.</source>
        <translation>بعد الاعتماد يُقفل المحضر: لا يمكن تغيير أي شيء فيه. يصبح التصحيح حينها تعديلًا مؤرخًا. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>No forum meeting after this one is recorded as held on or before today. Minutes are approved at a regular or extraordinary meeting that has taken place: record it as held on the Meetings page first.</source>
        <translation>لا يوجد اجتماع للمنتدى بعد هذا الاجتماع مسجّل كمنعقد حتى اليوم. يُعتمد المحضر في اجتماع عادي أو استثنائي انعقد فعلًا: سجّله أولًا كمنعقد في صفحة الاجتماعات.</translation>
    </message>
    <message>
        <source>Not ready yet:</source>
        <translation>ليس جاهزًا بعد:</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>اعتماد وإقفال</translation>
    </message>
    <message>
        <source>choose the meeting at which the forum approved them</source>
        <translation>اختر الاجتماع الذي اعتمده فيه المنتدى</translation>
    </message>
    <message>
        <source>Record an amendment</source>
        <translation>تسجيل تعديل</translation>
    </message>
    <message>
        <source>(not yet agreed at a meeting)</source>
        <translation>(لم يُتفق عليه في اجتماع بعد)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>اتُّفق عليه في</translation>
    </message>
    <message>
        <source>write the correction</source>
        <translation>اكتب التصحيح</translation>
    </message>
</context>
<context>
    <name>DIALOGS_PAPERS</name>
    <message>
        <source>Edit paper</source>
        <translation>تعديل الوثيقة</translation>
    </message>
    <message>
        <source>Add a paper</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <source>No item (general paper)</source>
        <translation>بلا بند (وثيقة عامة)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>لا ملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>https://… or a citation</source>
        <translation>https://… أو مرجع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>الإفصاح</translation>
    </message>
    <message>
        <source>Withheld and confidential papers are listed in the public pack without content.</source>
        <translation>تُدرج الوثائق المحجوبة والسرية في الملف العام دون محتواها.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Copied into the forum&apos;s storage (at most 200 MB).</source>
        <translation>يُنسخ إلى مخزن المنتدى (200 ميغابايت كحد أقصى).</translation>
    </message>
    <message>
        <source>Stored; SHA-256 {sha256}…</source>
        <translation>محفوظ؛ SHA-256 {sha256}…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Printed in the members&apos; pack annex.</source>
        <translation>يُطبع في ملحق ملف الأعضاء.</translation>
    </message>
    <message>
        <source>Choose the paper&apos;s file</source>
        <translation>اختر ملف الوثيقة</translation>
    </message>
    <message>
        <source>there is no file at {typed}</source>
        <translation>لا يوجد ملف في {typed}</translation>
    </message>
    <message>
        <source>{name} is {size_text}; papers can be at most 200 MB: give a link as the reference instead</source>
        <translation>حجم {name} هو {size_text}؛ لا يتجاوز حجم الوثيقة 200 ميغابايت: أعطِ رابطًا كمرجع بدلًا من ذلك</translation>
    </message>
    <message>
        <source>attach a file or give a reference (a link or citation)</source>
        <translation>أرفق ملفًا أو أعطِ مرجعًا (رابطًا أو إحالة)</translation>
    </message>
</context>
<context>
    <name>DIALOGS_PLANNING</name>
    <message>
        <source>Plan a year of meetings</source>
        <translation>تخطيط اجتماعات سنة</translation>
    </message>
    <message>
        <source>The forum meets {frequency}. The planner proposes forum meetings on the weekday and at the times you choose, away from public holidays and the first working days of January, so that no gap is longer than that.</source>
        <translation>يجتمع المنتدى {frequency}. يقترح المخطِّط اجتماعات للمنتدى في يوم الأسبوع وفي الأوقات التي تختارها، بعيدًا عن العطل الرسمية وأول أيام العمل في يناير، بحيث لا تزيد أي فجوة على ذلك.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>اليوم المفضّل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from … to … (times)</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Mark as holiday</source>
        <translation>تعيين كعطلة</translation>
    </message>
    <message>
        <source>Avoid this date too:</source>
        <translation>تجنّب هذا التاريخ أيضًا:</translation>
    </message>
    <message>
        <source>Its name, e.g. Labour Day</source>
        <translation>اسمها، مثل عيد العمال</translation>
    </message>
    <message>
        <source>Add to the forum&apos;s holidays</source>
        <translation>إضافة إلى عطلات المنتدى</translation>
    </message>
    <message>
        <source>Keep the days avoided for this plan as the forum&apos;s holidays: every plan avoids them and answers do not fall due on them. They are listed on the Forum page; Undo takes them back.</source>
        <translation>الاحتفاظ بالأيام المتجنَّبة في هذه الخطة عطلاتٍ للمنتدى: تتجنبها كل خطة ولا يحلّ فيها موعد أي رد. تُعرض في صفحة المنتدى، ويسترجعها أمر التراجع.</translation>
    </message>
    <message>
        <source>Create the kept meetings</source>
        <translation>إنشاء الاجتماعات المُبقاة</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>اقتراح من جديد</translation>
    </message>
    <message>
        <source>Type the date to avoid, as {format}, or pick it from the calendar.</source>
        <translation>اكتب التاريخ الذي يجب تجنّبه بالصيغة {format}، أو اختره من التقويم.</translation>
    </message>
    <message>
        <source>Avoiding: {days}</source>
        <translation>تُتجنَّب: {days}</translation>
    </message>
    <message>
        <source>Added to the forum&apos;s holidays (Forum page): {days}. Undo (Ctrl+Z) takes them back.</source>
        <translation>أُضيفت إلى عطلات المنتدى (صفحة المنتدى): {days}. يسترجعها التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; is not a date; write it as {format} or YYYY-MM-DD.</source>
        <translation>السطر {row}: ‏«{text}» ليس تاريخًا؛ اكتبه بالصيغة {format} أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Row {row}: {day} is a {weekday}.</source>
        <translation>الصف {row}: يوافق {day} يوم {weekday}.</translation>
    </message>
    <message>
        <source>Nothing to propose: every period of the year already has a forum meeting, or the year is past.</source>
        <translation>لا شيء للاقتراح: لكل فترة من السنة اجتماع للمنتدى، أو أن السنة قد انقضت.</translation>
    </message>
    <message numerus="yes">
        <source>With these meetings, no gap around {year} is longer than %n month(s).</source>
        <translation>
            <numerusform>مع هذه الاجتماعات، لا تتجاوز أي فجوة حول {year} %n شهر.</numerusform>
            <numerusform>مع هذه الاجتماعات، لا تتجاوز أي فجوة حول {year} شهرًا واحدًا.</numerusform>
            <numerusform>مع هذه الاجتماعات، لا تتجاوز أي فجوة حول {year} شهرين.</numerusform>
            <numerusform>مع هذه الاجتماعات، لا تتجاوز أي فجوة حول {year} %n أشهر.</numerusform>
            <numerusform>مع هذه الاجتماعات، لا تتجاوز أي فجوة حول {year} %n شهرًا.</numerusform>
            <numerusform>مع هذه الاجتماعات، لا تتجاوز أي فجوة حول {year} %n شهر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_RESPONSES</name>
    <message>
        <source>Answer contribution no. {id}</source>
        <translation>الرد على المساهمة رقم {id}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;overdue&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#c62828&apos;&gt;متأخرة&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation>اختر مآلًا…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why: in words the contributor will understand</source>
        <translation>السبب: بكلمات يفهمها صاحب المساهمة</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <source>e.g. The forum; the secretariat with the co-chairs</source>
        <translation>مثلًا: المنتدى؛ الأمانة مع الرئيسين المشاركين</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>لا اجتماع</translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation>في الاجتماع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>رُدّ عليها في</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · received {received_on} by {channel_label} · from {who}</source>
        <translation>&lt;b&gt;رقم {id}&lt;/b&gt; · وردت في {received_on} عبر {channel_label} · من {who}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Due {due_on}</source>
        <translation>&lt;br&gt;الموعد {due_on}</translation>
    </message>
    <message>
        <source>{format} (empty: today, {today})</source>
        <translation>{format} (فارغ: اليوم، {today})</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>The commitment it became or fed into, if any</source>
        <translation>الالتزام الذي صارت إليه أو أسهمت فيه، إن وُجد</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>غير مرتبطة</translation>
    </message>
    <message>
        <source>Duplicate of no.</source>
        <translation>مكرّرة للرقم</translation>
    </message>
    <message>
        <source>Merged into no.</source>
        <translation>مدمجة في الرقم</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الربط</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>حفظ الرد</translation>
    </message>
    <message>
        <source>No recorded decision</source>
        <translation>لا قرار مسجّل</translation>
    </message>
    <message>
        <source>Optional while the contribution is under consideration; it stays open and keeps counting towards its due date.</source>
        <translation>اختياري ما دامت المساهمة قيد النظر؛ تبقى مفتوحة ويستمر احتساب موعدها.</translation>
    </message>
    <message>
        <source>Required: every outcome but &apos;under consideration&apos; needs a reason.</source>
        <translation>إلزامي: كل مآل عدا «قيد النظر» يحتاج إلى سبب.</translation>
    </message>
    <message>
        <source>choose an outcome</source>
        <translation>اختر مآلًا</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>مشاورة جديدة</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. Draft commitments</source>
        <translation>مثلًا: مشاريع الالتزامات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>تُفتح</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>تُغلق</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Draft concerned</source>
        <translation>المشروع المعني</translation>
    </message>
    <message>
        <source>The document people comment on, e.g. Draft Action Plan v2</source>
        <translation>الوثيقة التي يعلّق عليها الناس، مثلًا: مشروع خطة العمل، الإصدار 2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— لا يُستورد —</translation>
    </message>
    <message>
        <source>These columns were mapped the last time a file with the same columns was imported.</source>
        <translation>طوبقت هذه الأعمدة في آخر مرة استُورد فيها ملف بالأعمدة نفسها.</translation>
    </message>
    <message>
        <source>MSF Desk recognised the columns it could. Check them and map the others.</source>
        <translation>تعرّف MSF Desk على الأعمدة التي استطاع. راجعها وطابق الباقي.</translation>
    </message>
    <message>
        <source>MSF Desk does not recognise this layout with certainty, so it proposes the matching below: check every column (the text is required) before the rows are checked again.</source>
        <translation>لا يتعرّف MSF Desk على هذا التنسيق بيقين، لذا يقترح المطابقة أدناه: راجع كل عمود (النص إلزامي) قبل إعادة فحص الصفوف.</translation>
    </message>
    <message>
        <source>Import contributions: match the columns</source>
        <translation>استيراد المساهمات: مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Importing into &lt;b&gt;{consultation}&lt;/b&gt;. </source>
        <translation>الاستيراد إلى &lt;b&gt;{consultation}&lt;/b&gt;. </translation>
    </message>
    <message>
        <source>Say what each column of the file holds. The contribution text is required; every other field is optional.&lt;br&gt;</source>
        <translation>حدّد ما يحويه كل عمود من الملف. نص المساهمة إلزامي؛ وكل الحقول الأخرى اختيارية.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Field in MSF Desk</source>
        <translation>الحقل في MSF Desk</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message numerus="yes">
        <source>{source} has %n problem(s), so nothing was imported. </source>
        <translation>
            <numerusform>لا مشكلات في {source}. </numerusform>
            <numerusform>في {source} مشكلة واحدة، لذا لم يُستورد شيء. </numerusform>
            <numerusform>في {source} مشكلتان، لذا لم يُستورد شيء. </numerusform>
            <numerusform>في {source} %n مشكلات، لذا لم يُستورد شيء. </numerusform>
            <numerusform>في {source} %n مشكلة، لذا لم يُستورد شيء. </numerusform>
            <numerusform>في {source} %n مشكلة، لذا لم يُستورد شيء. </numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file (or the column matching) and import it again.</source>
        <translation>صحّح الملف (أو مطابقة الأعمدة) واستورده من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>Answer %n contribution(s) at once</source>
        <translation>
            <numerusform>الرد على %n مساهمة دفعة واحدة</numerusform>
            <numerusform>الرد على مساهمة واحدة</numerusform>
            <numerusform>الرد على مساهمتين دفعة واحدة</numerusform>
            <numerusform>الرد على %n مساهمات دفعة واحدة</numerusform>
            <numerusform>الرد على %n مساهمة دفعة واحدة</numerusform>
            <numerusform>الرد على %n مساهمة دفعة واحدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One answer for &lt;b&gt;%n&lt;/b&gt; contribution(s): {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>رد واحد على &lt;b&gt;%n&lt;/b&gt; مساهمة: {what}. تحتفظ كل منها بسجلها؛ تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
            <numerusform>رد واحد على مساهمة &lt;b&gt;واحدة&lt;/b&gt;: {what}. تحتفظ بسجلها؛ تحرير ▸ تراجع يعيد لها ردّها السابق.</numerusform>
            <numerusform>رد واحد على &lt;b&gt;مساهمتين&lt;/b&gt;: {what}. تحتفظ كل منهما بسجلها؛ تحرير ▸ تراجع يعيد لكل منهما ردّها السابق.</numerusform>
            <numerusform>رد واحد على &lt;b&gt;%n&lt;/b&gt; مساهمات: {what}. تحتفظ كل منها بسجلها؛ تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
            <numerusform>رد واحد على &lt;b&gt;%n&lt;/b&gt; مساهمة: {what}. تحتفظ كل منها بسجلها؛ تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
            <numerusform>رد واحد على &lt;b&gt;%n&lt;/b&gt; مساهمة: {what}. تحتفظ كل منها بسجلها؛ تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an outcome</source>
        <translation>اختر مآلًا</translation>
    </message>
    <message>
        <source>Why, in words the contributors will understand (reasons given before are in the list)</source>
        <translation>السبب، بكلمات يفهمها أصحاب المساهمات (الأسباب المقدَّمة سابقًا في القائمة)</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>تقرّر في</translation>
    </message>
    <message>
        <source>Answer {count}</source>
        <translation>الرد ({count})</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>مساهمة جديدة</translation>
    </message>
    <message>
        <source>Edit contribution no. {id}</source>
        <translation>تعديل المساهمة رقم {id}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وردت في</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous contribution</source>
        <translation>اتركه فارغًا لمساهمة مجهولة المصدر</translation>
    </message>
    <message>
        <source>The contributor agrees to have their name published</source>
        <translation>يوافق صاحب المساهمة على نشر اسمه</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation>نوع صاحب المساهمة</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Section of the draft</source>
        <translation>قسم المشروع</translation>
    </message>
    <message>
        <source>e.g. Commitment 3, paragraph 2</source>
        <translation>مثلًا: الالتزام 3، الفقرة 2</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>التاريخ في المستقبل</translation>
    </message>
</context>
<context>
    <name>DIALOGS_SHORTCUTS</name>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ما يفعله</translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation>أين يعمل</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Find a shortcut (what it does, or its keys)</source>
        <translation>ابحث عن اختصار (ما يفعله أو مفاتيحه)</translation>
    </message>
</context>
<context>
    <name>DIALOGS_STANDARDS</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Change the action plan</source>
        <translation>تغيير خطة العمل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Co-creation &amp;starts:</source>
        <translation>بداية الإنشاء ال&amp;مشترك:</translation>
    </message>
    <message>
        <source>Co-creation &amp;ends:</source>
        <translation>نهاية الإنشاء المشت&amp;رك:</translation>
    </message>
    <message>
        <source>&amp;Implementation starts:</source>
        <translation>بداية ال&amp;تنفيذ:</translation>
    </message>
    <message>
        <source>Implementation e&amp;nds:</source>
        <translation>نها&amp;ية التنفيذ:</translation>
    </message>
    <message>
        <source>&amp;Timeline published on:</source>
        <translation>نُشر الجدول الزمني &amp;في:</translation>
    </message>
    <message>
        <source>The day co-creation began.</source>
        <translation>يوم بدء الإنشاء المشترك.</translation>
    </message>
    <message>
        <source>The day the plan was submitted.</source>
        <translation>يوم تقديم الخطة.</translation>
    </message>
    <message>
        <source>The day the co-creation timeline went online (due two weeks before co-creation starts).</source>
        <translation>يوم نشر الجدول الزمني للإنشاء المشترك على الإنترنت (مستحق قبل أسبوعين من بدء الإنشاء المشترك).</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Timeline &amp;address:</source>
        <translation>&amp;عنوان الجدول الزمني:</translation>
    </message>
    <message>
        <source>Give the action plan a name.</source>
        <translation>أعطِ خطة العمل اسمًا.</translation>
    </message>
    <message>
        <source>The timeline address should start with https://.</source>
        <translation>يجب أن يبدأ عنوان الجدول الزمني بـ https://.</translation>
    </message>
    <message>
        <source>Outreach activity</source>
        <translation>نشاط توعية</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>أُقيم &amp;في:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;ما الذي جرى:</translation>
    </message>
    <message>
        <source>Who was reached, and how (published in the compliance report).</source>
        <translation>من وُصل إليهم، وكيف (يُنشر في تقرير الامتثال).</translation>
    </message>
    <message>
        <source>Give the day the activity took place.</source>
        <translation>أدخل يوم إقامة النشاط.</translation>
    </message>
    <message>
        <source>Describe the activity.</source>
        <translation>صِف النشاط.</translation>
    </message>
    <message>
        <source>Process document</source>
        <translation>وثيقة العملية</translation>
    </message>
    <message>
        <source>Change the process document</source>
        <translation>تغيير وثيقة العملية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>A copy is kept with the forum&apos;s files.</source>
        <translation>تُحفظ نسخة مع ملفات المنتدى.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>الن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>The date the document bears (published, adopted or issued).</source>
        <translation>التاريخ الذي تحمله الوثيقة (النشر أو الاعتماد أو الإصدار).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>A language tag: en, fr, es, pt-BR …</source>
        <translation>وسم لغة: en أو fr أو es أو pt-BR …</translation>
    </message>
    <message>
        <source>&amp;Publish it in the repository</source>
        <translation>ا&amp;نشرها في المستودع</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>For the secretariat; never published.</source>
        <translation>للأمانة؛ لا تُنشر أبدًا.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>اختر ملف الوثيقة</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file.</source>
        <translation>اختر ملف الوثيقة.</translation>
    </message>
</context>
<context>
    <name>DIALOGS_TRASH</name>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف في</translation>
    </message>
    <message>
        <source>Emptied after</source>
        <translation>يُفرغ بعد</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Members, papers, declarations of interest, consultations and contributions you delete wait here for 30 days, then the trash is emptied. Nothing in the trash is shown on the pages, searched or exported. Restoring puts a record back as it was, with what was deleted with it (Edit ▸ Undo sends it back).</source>
        <translation>ينتظر هنا الأعضاء والوثائق وإقرارات المصالح والمشاورات والمساهمات التي تحذفها مدة 30 يومًا، ثم تُفرغ السلة. لا يُعرض شيء مما في السلة في الصفحات ولا يُبحث فيه ولا يُصدَّر. تعيد الاستعادة السجل كما كان، مع ما حُذف معه (تحرير ▸ تراجع يعيده إلى السلة).</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Reading the trash…</source>
        <translation>جارٍ قراءة سلة المحذوفات…</translation>
    </message>
    <message>
        <source>The trash could not be read: the forum file is damaged.</source>
        <translation>تعذّرت قراءة سلة المحذوفات: ملف المنتدى تالف.</translation>
    </message>
    <message>
        <source>The trash could not be read: {error}</source>
        <translation>تعذّرت قراءة سلة المحذوفات: {error}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
</context>
<context>
    <name>ERRORS</name>
    <message>
        <source>Something went wrong that MSF Desk did not expect. Your saved records are safe: every change is saved whole or not at all.

Details for support: {name__}: {exc}</source>
        <translation>حدث أمر لم يتوقعه MSF Desk. سجلاتك المحفوظة سليمة: يُحفظ كل تغيير كاملًا أو لا يُحفظ إطلاقًا.

تفاصيل للدعم: {name__}: {exc}</translation>
    </message>
</context>
<context>
    <name>KEEPER</name>
    <message>
        <source>Saving to the file</source>
        <translation>الحفظ في الملف</translation>
    </message>
    <message>
        <source>Checking the forum</source>
        <translation>فحص المنتدى</translation>
    </message>
    <message>
        <source>The automatic backup</source>
        <translation>النسخ الاحتياطي التلقائي</translation>
    </message>
</context>
<context>
    <name>LOCAL_DATES</name>
    <message>
        <source>DD</source>
        <comment>day, in a date format</comment>
        <translation>يي</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>month, in a date format</comment>
        <translation>شش</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>year, in a date format</comment>
        <translation>سسسس</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>‏«{text}» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD (مثل 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as {format} (e.g. {example}) or YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>‏«{text}» ليس تاريخًا؛ اكتبه بالصيغة {format} (مثل {example}) أو YYYY-MM-DD (مثل 2026-03-14).</translation>
    </message>
</context>
<context>
    <name>MAIN_WINDOW</name>
    <message>
        <source>MSF Desk forum (*.msf *.db *.sqlite);;All files (*)</source>
        <translation>منتدى MSF Desk (*.msf *.db *.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>منتدى &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;سلة المحذوفات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;السجل…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>من غيّر ماذا، ومتى</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;About MSF Desk</source>
        <translation>&amp;حول MSF Desk</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>حسب لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>ال&amp;وثائق باللغة</translation>
    </message>
    <message>
        <source>Documents will be written in {language}.</source>
        <translation>ستُكتب الوثائق باللغة: {language}.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The window will be in {language} when MSF Desk next starts; close it and open it again to change now.</source>
        <translation>ستظهر النافذة بـ{language} عند تشغيل MSF Desk في المرة القادمة؛ أغلقها وافتحها من جديد لتغيير اللغة الآن.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Open a forum file or create a new one from the File menu.</source>
        <translation>افتح ملف منتدى أو أنشئ منتدى جديدًا من قائمة «ملف».</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>تعذّر فتح المنتدى</translation>
    </message>
    <message>
        <source>{file} was left locked by {who} ({since}) when MSF Desk ended without closing it; the lock has been taken over.</source>
        <translation>بقي {file} مقفلًا من قِبل {who} ({since}) عندما توقّف MSF Desk دون إغلاقه؛ وقد تم الاستيلاء على القفل.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who} ({since}), so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} مفتوح للتحرير لدى {who} ({since})، لذا فُتح هنا للقراءة فقط: يمكنك القراءة والتصدير، ولكن لا يمكنك تغيير أي شيء.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who}, so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} مفتوح للتحرير لدى {who}، لذا فُتح هنا للقراءة فقط: يمكنك القراءة والتصدير، ولكن لا يمكنك تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The forum is in use</source>
        <translation>المنتدى قيد الاستخدام</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Try to edit</source>
        <translation>محاولة التحرير</translation>
    </message>
    <message>
        <source>Open the forum for editing if the other person has closed it</source>
        <translation>فتح المنتدى للتحرير إذا كان الشخص الآخر قد أغلقه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;للقراءة فقط.&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Still in use: {who} has it open.</source>
        <translation>لا يزال قيد الاستخدام: {who} يفتحه.</translation>
    </message>
    <message>
        <source>{file} is open for editing.</source>
        <translation>{file} مفتوح للتحرير.</translation>
    </message>
    <message>
        <source>Work still running</source>
        <translation>عمل ما زال جاريًا</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it (nothing of it is written) and close the forum?</source>
        <translation>ما زال {what} جاريًا. هل توقفه (لن يُكتب شيء منه) وتغلق المنتدى؟</translation>
    </message>
    <message>
        <source>Stop it and close</source>
        <translation>إيقافه والإغلاق</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>مواصلة العمل</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved. Save them?</source>
        <translation>في {what} تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them?</source>
        <translation>في هذه الصفحة تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>منتدى جديد</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} موجود مسبقًا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>فتح منتدى</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Choose a different file from the one that is open.</source>
        <translation>اختر ملفًا غير الملف المفتوح.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>تعذّر حفظ نسخة</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>حُفظت نسخة في {path}</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>نُسخ احتياطيًا في {file}</translation>
    </message>
    <message>
        <source>{what} did not work: {message}</source>
        <translation>لم ينجح {what}: {message}</translation>
    </message>
    <message>
        <source>The trash could not be emptied: {error}</source>
        <translation>تعذّر إفراغ سلة المحذوفات: {error}</translation>
    </message>
    <message>
        <source>MSF Desk found damage in {file}. SQLite reports:</source>
        <translation>عثر MSF Desk على تلف في {file}. يفيد SQLite بما يلي:</translation>
    </message>
    <message>
        <source>Records may be missing or wrong, and saving more work into this file is not safe.</source>
        <translation>قد تكون بعض السجلات مفقودة أو خاطئة، وليس من الآمن حفظ المزيد من العمل في هذا الملف.</translation>
    </message>
    <message>
        <source>The forum could not be shown, and was closed without changes.</source>
        <translation>تعذّر عرض المنتدى، فأُغلق دون أي تغيير.</translation>
    </message>
    <message>
        <source>The forum file is damaged</source>
        <translation>ملف المنتدى تالف</translation>
    </message>
    <message>
        <source>Restore a backup into a new file and carry on in that one. The newest backup: {when} ({kind}).</source>
        <translation>استعد نسخة احتياطية في ملف جديد وتابع العمل فيه. أحدث نسخة احتياطية: {when} ({kind}).</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>There is no backup of this forum yet. Save a copy of it as it is (File → Save a copy) and ask for help before changing anything.</source>
        <translation>لا توجد بعد نسخة احتياطية لهذا المنتدى. احفظ نسخة منه كما هو (ملف ← حفظ نسخة) واطلب المساعدة قبل تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Open the forum whose backup you want first (File → Open).</source>
        <translation>افتح أولًا المنتدى الذي تريد نسخته الاحتياطية (ملف ← فتح).</translation>
    </message>
</context>
<context>
    <name>MODELS_ETHICS</name>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>إقرار المصالح</translation>
    </message>
    <message>
        <source>To do: {things}</source>
        <translation>مطلوب: {things}</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>محدَّث.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>اعتُمدت</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>النسخة {version}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (السارية)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>وُقّع في</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Typed confirmation: {confirmation}</source>
        <translation>تأكيد مكتوب: {confirmation}</translation>
    </message>
    <message>
        <source>Scan stored as {stored_path}
SHA-256 {sha256}</source>
        <translation>حُفظ المسح باسم {stored_path}
SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>قُدّم في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>الظهور</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Forum only</source>
        <translation>للمنتدى فقط</translation>
    </message>
    <message>
        <source>Kept within the forum: {reason}</source>
        <translation>مقصور على المنتدى: {reason}</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>أُبلغ عنه</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>تولّاه</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>الجزاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>member {id}</source>
        <translation>العضو {id}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Took part in a decision: flagged</source>
        <translation>شارك في قرار: معلَّم</translation>
    </message>
    <message>
        <source> (interest kept within the forum)</source>
        <translation> (مصلحة مقصورة على المنتدى)</translation>
    </message>
    <message>
        <source>Recorded: {note}</source>
        <translation>سُجّل: {note}</translation>
    </message>
</context>
<context>
    <name>MODELS_IMPORTS</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>له حق التصويت</translation>
    </message>
    <message>
        <source>High level</source>
        <translation>رفيع المستوى</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>بداية الولاية</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>نهاية الولاية</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>صاحب المساهمة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>الجهة المقرِّرة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>الأصوات المؤيدة</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>الأصوات المعارضة</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>الآراء</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>التأييد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation>نوع صاحب المساهمة</translation>
    </message>
    <message>
        <source>Name published</source>
        <translation>نشر الاسم</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>المعرّف في المصدر</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ردٌّ على</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>MODELS_MEETINGS</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>موعد إرسال الدعوة</translation>
    </message>
    <message>
        <source>  (not public)</source>
        <translation>  (غير علني)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>
Overdue: the notice deadline has passed.</source>
        <translation>
متأخر: انقضى موعد إرسال الدعوة.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>يقدّمه</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>
Runs past the meeting&apos;s end.</source>
        <translation>
يتجاوز موعد انتهاء الاجتماع.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>الإفصاح</translation>
    </message>
    <message>
        <source>File or reference</source>
        <translation>الملف أو المرجع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>النسخة {version}</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>تُقدَّم في الاجتماع</translation>
    </message>
    <message>
        <source>Tabled at the meeting</source>
        <translation>تُقدَّم في الاجتماع</translation>
    </message>
    <message>
        <source>Added {day}</source>
        <translation>أُضيف في {day}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>سبب اختيار هذا التاريخ</translation>
    </message>
</context>
<context>
    <name>MODELS_MEMBERS</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>بداية الولاية</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>نهاية الولاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Alternate for {names}</source>
        <translation>مناوب عن {names}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>The term ended on {term_end}: update the status or the term.</source>
        <translation>انتهت الولاية في {term_end}: حدّث الحالة أو الولاية.</translation>
    </message>
    <message numerus="yes">
        <source>The term ends on {term_end}, in %n day(s).</source>
        <translation>
            <numerusform>تنتهي الولاية في {term_end}، اليوم.</numerusform>
            <numerusform>تنتهي الولاية في {term_end}، بعد يوم واحد.</numerusform>
            <numerusform>تنتهي الولاية في {term_end}، بعد يومين.</numerusform>
            <numerusform>تنتهي الولاية في {term_end}، بعد %n أيام.</numerusform>
            <numerusform>تنتهي الولاية في {term_end}، بعد %n يومًا.</numerusform>
            <numerusform>تنتهي الولاية في {term_end}، بعد %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not agreed to have their name published.</source>
        <translation>لم يوافق على نشر اسمه.</translation>
    </message>
    <message>
        <source>{status_label} on {status_date}</source>
        <translation>{status_label} في {status_date}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Gov. : non-gov.</source>
        <translation>حكومي : غير حكومي</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>التوازن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>متعادل</translation>
    </message>
    <message>
        <source>No seats</source>
        <translation>لا مقاعد</translation>
    </message>
    <message>
        <source>+{n} government</source>
        <translation>+{n} حكومي</translation>
    </message>
    <message>
        <source>+{n} non-government</source>
        <translation>+{n} غير حكومي</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>يغادر {name}</translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation>ينضم {name}</translation>
    </message>
    <message>
        <source>From {on}: {government} government, {non_government} non-government seats.</source>
        <translation>اعتبارًا من {on}: {government} مقاعد حكومية، و{non_government} مقاعد غير حكومية.</translation>
    </message>
    <message>
        <source>Leaves: {n}</source>
        <translation>يغادرون: {n}</translation>
    </message>
    <message>
        <source>Joins: {n}</source>
        <translation>ينضمون: {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Call opened</source>
        <translation>فتح الدعوة</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>إغلاق الدعوة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <source>Advertised: {advertised}</source>
        <translation>نُشرت في: {advertised}</translation>
    </message>
    <message>
        <source>Led by: {led_by}</source>
        <translation>أدارها: {led_by}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>النتيجة: {result}</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n صوت)</numerusform>
            <numerusform>(صوت واحد)</numerusform>
            <numerusform>(صوتان)</numerusform>
            <numerusform>(%n أصوات)</numerusform>
            <numerusform>(%n صوتًا)</numerusform>
            <numerusform>(%n صوت)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_MINUTES</name>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Sitting for</source>
        <translation>ينوب عن</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Alternate for {name}</source>
        <translation>مناوب عن {name}</translation>
    </message>
    <message>
        <source>{presence} — keys: P in person, R remote, A apologies, X absent</source>
        <translation>{presence} — المفاتيح: P حضوري، R عن بُعد، A معتذر، X غائب</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) overdue</source>
        <translation>
            <numerusform> — متأخر %n يوم</numerusform>
            <numerusform> — متأخر يومًا واحدًا</numerusform>
            <numerusform> — متأخر يومين</numerusform>
            <numerusform> — متأخر %n أيام</numerusform>
            <numerusform> — متأخر %n يومًا</numerusform>
            <numerusform> — متأخر %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_REPOSITORY</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>MODELS_RESPONSES</name>
    <message>
        <source>Not yet answered</source>
        <translation>لم يُردّ عليها بعد</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وردت في</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>رُدّ عليها</translation>
    </message>
    <message>
        <source>No consent to publish the name: the public sees {shown}</source>
        <translation>لا موافقة على نشر الاسم: يرى الجمهور {shown}</translation>
    </message>
    <message>
        <source>&apos;Individual&apos;</source>
        <translation>«فرد»</translation>
    </message>
    <message>
        <source>Overdue: not answered by its due date</source>
        <translation>متأخرة: لم يُرد عليها في موعدها</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>مُدرجة</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>غير مُدرجة</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>خارج النطاق</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجَّلة</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بلا رد</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation>الملخص مكتوب</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بلا موضوع</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>أيام العمل المتأخرة</translation>
    </message>
</context>
<context>
    <name>MODELS_STANDARDS</name>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>الإنشاء المشترك</translation>
    </message>
    <message>
        <source>Timeline published</source>
        <translation>نُشر الجدول الزمني</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>أُقيم في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما الذي جرى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No (forum only)</source>
        <translation>لا (للمنتدى فقط)</translation>
    </message>
</context>
<context>
    <name>MODELS_TODAY</name>
    <message>
        <source>Notice and pack</source>
        <translation>الدعوة وملف الاجتماع</translation>
    </message>
    <message>
        <source>Meeting to record</source>
        <translation>اجتماع يجب تسجيله</translation>
    </message>
    <message>
        <source>Minutes to circulate</source>
        <translation>محضر يجب تعميمه</translation>
    </message>
    <message>
        <source>Minutes to approve</source>
        <translation>محضر يجب اعتماده</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>محضر يجب نشره</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>إقرار المصالح</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>مدد العضوية</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>التكافؤ</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>
Double-click to open the place to act.</source>
        <translation>
انقر نقرًا مزدوجًا لفتح المكان المناسب للتصرّف.</translation>
    </message>
</context>
<context>
    <name>PAGES_AGENDA_EDITOR</name>
    <message>
        <source>Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation>الدعوة…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>تصدير ملف الاجتماع…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>إضافة بند…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up), or drag it</source>
        <translation>نقل البند لأعلى (Alt+Up)، أو اسحبه</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down), or drag it</source>
        <translation>نقل البند لأسفل (Alt+Down)، أو اسحبه</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>البنود الدائمة</translation>
    </message>
    <message>
        <source>Add the forum&apos;s standing items (welcome, declarations of interest, previous minutes, matters arising, any other business)</source>
        <translation>إضافة البنود الدائمة للمنتدى (الترحيب، إقرارات المصالح، المحضر السابق، المسائل الناشئة، ما يستجد من أعمال)</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>نسخ من…</translation>
    </message>
    <message>
        <source>Copy the items of an earlier meeting</source>
        <translation>نسخ بنود اجتماع سابق</translation>
    </message>
    <message>
        <source>Add paper…</source>
        <translation>إضافة وثيقة…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Withheld as pre-decision&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;Confidential&amp;nbsp;&lt;/span&gt;&amp;nbsp; listed in the public pack without content.</source>
        <translation>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;محجوب قبل القرار&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;سري&amp;nbsp;&lt;/span&gt;&amp;nbsp; يُذكر في الملف العام دون محتواه.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meeting selected&lt;/h3&gt;Choose a meeting in the list or the calendar, or add one.</source>
        <translation>&lt;h3&gt;لم يُختر أي اجتماع&lt;/h3&gt;اختر اجتماعًا من القائمة أو التقويم، أو أضف اجتماعًا.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Minutes approved:&lt;/b&gt; this meeting, its agenda and papers are locked as approved. A correction is a dated amendment to the minutes.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;المحضر معتمد:&lt;/b&gt; هذا الاجتماع وجدول أعماله ووثائقه مقفلة كما اعتُمدت. أي تصحيح يكون تعديلًا مؤرخًا على المحضر.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}.</source>
        <translation>&lt;b&gt;أُرسل جدول الأعمال&lt;/b&gt; مع الدعوة في {agenda_sent_on}.</translation>
    </message>
    <message>
        <source>Notice (sent)…</source>
        <translation>الدعوة (مُرسلة)…</translation>
    </message>
    <message>
        <source>, not public</source>
        <translation>، غير علني</translation>
    </message>
    <message>
        <source>location to be confirmed</source>
        <translation>المكان سيُحدد لاحقًا</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>غير متاحة</translation>
    </message>
    <message>
        <source>Remote participation: {remote}</source>
        <translation>المشاركة عن بُعد: {remote}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>الحالة: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation>الرئاسة: {chair}</translation>
    </message>
    <message>
        <source>Papers due {papers_due} · notice due {notice_due}</source>
        <translation>الوثائق قبل {papers_due} · الدعوة قبل {notice_due}</translation>
    </message>
    <message>
        <source>Notice sent {notice_sent_on}</source>
        <translation>أُرسلت الدعوة في {notice_sent_on}</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>الهدف: {objective}</translation>
    </message>
    <message>
        <source>No items yet: add items, the standing items, or copy an earlier agenda.</source>
        <translation>لا بنود بعد: أضف بنودًا أو البنود الدائمة، أو انسخ جدول أعمال سابقًا.</translation>
    </message>
    <message numerus="yes">
        <source>Ends at {end}, %n minute(s) before the meeting&apos;s end.</source>
        <translation>
            <numerusform>ينتهي في {end}، في موعد انتهاء الاجتماع.</numerusform>
            <numerusform>ينتهي في {end}، قبل دقيقة واحدة من موعد انتهاء الاجتماع.</numerusform>
            <numerusform>ينتهي في {end}، قبل دقيقتين من موعد انتهاء الاجتماع.</numerusform>
            <numerusform>ينتهي في {end}، قبل %n دقائق من موعد انتهاء الاجتماع.</numerusform>
            <numerusform>ينتهي في {end}، قبل %n دقيقةً من موعد انتهاء الاجتماع.</numerusform>
            <numerusform>ينتهي في {end}، قبل %n دقيقة من موعد انتهاء الاجتماع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends at {end}, on time.</source>
        <translation>ينتهي في {end}، في الموعد.</translation>
    </message>
    <message>
        <source>a co-chair</source>
        <translation>أحد الرئيسين المشاركين</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;: approved by {done}; waiting for {waiting}.</source>
        <translation>&lt;b&gt;مسودة جدول الأعمال&lt;/b&gt;: اعتمدها {done}؛ بانتظار {waiting}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;: waiting for {waiting}.</source>
        <translation>&lt;b&gt;مسودة جدول الأعمال&lt;/b&gt;: بانتظار {waiting}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}. Changes now are listed as dated revisions in the next pack.</source>
        <translation>&lt;b&gt;أُرسل جدول الأعمال&lt;/b&gt; مع الدعوة في {agenda_sent_on}. تُدرج التغييرات الآن كتعديلات مؤرخة في الملف التالي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda approved&lt;/b&gt; by {done}. Ready to send with the notice.</source>
        <translation>&lt;b&gt;اعتُمد جدول الأعمال&lt;/b&gt; من قِبل {done}. جاهز للإرسال مع الدعوة.</translation>
    </message>
</context>
<context>
    <name>PAGES_BASE</name>
    <message>
        <source>This page could not be read from the forum file: {error}</source>
        <translation>تعذّرت قراءة هذه الصفحة من ملف المنتدى: {error}</translation>
    </message>
    <message>
        <source>{what} is still running. Wait until it ends, or cancel it in the status bar, then export again.</source>
        <translation>ما زال {what} جاريًا. انتظر حتى ينتهي، أو ألغِه من شريط الحالة، ثم صدّر مجددًا.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>PAGES_ETHICS</name>
    <message>
        <source>Compliance</source>
        <translation>الامتثال</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>ميثاق الأخلاقيات</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>الإقرارات</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التضارب</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>Reading the ethics records…</source>
        <translation>جارٍ قراءة سجلات الأخلاقيات…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Only members to remind</source>
        <translation>الأعضاء المطلوب تذكيرهم فقط</translation>
    </message>
    <message>
        <source>Copy reminder list</source>
        <translation>نسخ قائمة التذكير</translation>
    </message>
    <message>
        <source>E-mail reminders…</source>
        <translation>تذكيرات بالبريد…</translation>
    </message>
    <message>
        <source>Compliance summary…</source>
        <translation>ملخص الامتثال…</translation>
    </message>
    <message>
        <source>Register of interests…</source>
        <translation>سجل المصالح…</translation>
    </message>
    <message>
        <source>Declarations due within</source>
        <translation>الإقرارات المستحقة خلال</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;Green&amp;nbsp;&lt;/span&gt; up to date &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; to sign or due soon &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; missing or overdue. Double-click a member to see their declarations.</source>
        <translation>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;أخضر&amp;nbsp;&lt;/span&gt; محدَّث &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;كهرماني&amp;nbsp;&lt;/span&gt; للتوقيع أو مستحق قريبًا &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;أحمر&amp;nbsp;&lt;/span&gt; ناقص أو متأخر. انقر نقرًا مزدوجًا على عضو لرؤية إقراراته.</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>نسخة جديدة…</translation>
    </message>
    <message>
        <source>Record a signature…</source>
        <translation>تسجيل توقيع…</translation>
    </message>
    <message>
        <source>Remove signature…</source>
        <translation>إزالة توقيع…</translation>
    </message>
    <message>
        <source>For a signature entered by mistake.</source>
        <translation>لتوقيع أُدخل خطأً.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Signatures of the chosen version</source>
        <translation>توقيعات النسخة المختارة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation>إقرار جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Declaration form…</source>
        <translation>استمارة الإقرار…</translation>
    </message>
    <message>
        <source>A form pre-filled with what is on record, to print and sign.</source>
        <translation>استمارة معبّأة مسبقًا بما في السجل، للطباعة والتوقيع.</translation>
    </message>
    <message>
        <source>Declarations (newest last)</source>
        <translation>الإقرارات (الأحدث أخيرًا)</translation>
    </message>
    <message>
        <source>Interests declared</source>
        <translation>المصالح المُقرّ بها</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Found by matching the organisations and topics each agenda item names against the interests members have declared (not their seat&apos;s organisation). Recusals, waivers and declarations made at the meeting are recorded in its minutes.</source>
        <translation>كُشفت بمطابقة الجهات والمواضيع التي يذكرها كل بند من جدول الأعمال مع المصالح التي أقرّ بها الأعضاء (لا مع جهة مقعدهم). تُسجَّل حالات التنحي والإعفاء والإقرارات المقدَّمة في الاجتماع في محضره.</translation>
    </message>
    <message>
        <source>Record a breach…</source>
        <translation>تسجيل مخالفة…</translation>
    </message>
    <message>
        <source>Allegations that a member broke the ethics statement, how they were handled and the sanction under the forum&apos;s rules. A removal ends the member&apos;s term.</source>
        <translation>ادعاءات بأن عضوًا خالف ميثاق الأخلاقيات، وكيف عولجت، والجزاء وفق قواعد المنتدى. ينهي الإقصاء ولاية العضو.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) to remind.</source>
        <translation>
            <numerusform>لا أعضاء للتذكير.</numerusform>
            <numerusform>عضو واحد للتذكير.</numerusform>
            <numerusform>عضوان للتذكير.</numerusform>
            <numerusform>%n أعضاء للتذكير.</numerusform>
            <numerusform>%n عضوًا للتذكير.</numerusform>
            <numerusform>%n عضو للتذكير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody needs a reminder.</source>
        <translation>لا أحد يحتاج إلى تذكير.</translation>
    </message>
    <message>
        <source>The forum has not adopted an ethics statement yet. Choose “New version…” to start from MSF Desk&apos;s text.</source>
        <translation>لم يعتمد المنتدى ميثاق أخلاقيات بعد. اختر «نسخة جديدة…» للبدء من نص MSF Desk.</translation>
    </message>
    <message>
        <source>Not signed by: {names}.</source>
        <translation>لم يوقّعه: {names}.</translation>
    </message>
    <message>
        <source>Remove the declaration of {made_on} made by {member_id}?

Use this for a declaration entered by mistake; a change of interests is a new declaration. It goes to the trash for 30 days (File ▸ Trash…); you can also undo it with Edit ▸ Undo.</source>
        <translation>إزالة الإقرار المؤرخ {made_on} المقدَّم من {member_id}؟

استخدم هذا لإقرار أُدخل خطأً؛ أما تغيّر المصالح فإقرار جديد. ينتقل إلى سلة المحذوفات لمدة 30 يومًا (ملف ▸ سلة المحذوفات…)؛ ويمكنك أيضًا التراجع بـ تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Ethics reminders, {today}:</source>
        <translation>تذكيرات الأخلاقيات، {today}:</translation>
    </message>
    <message>
        <source>The public: public interests only, names as the privacy settings allow</source>
        <translation>الجمهور: المصالح العامة فقط، والأسماء بحسب إعدادات الخصوصية</translation>
    </message>
    <message>
        <source>Members of the forum: includes interests kept within the forum</source>
        <translation>أعضاء المنتدى: تشمل المصالح المقصورة على المنتدى</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Writing the {title}…</source>
        <translation>جارٍ كتابة {title}…</translation>
    </message>
    <message>
        <source>Signed by every member.</source>
        <translation>وقّعه كل الأعضاء.</translation>
    </message>
    <message>
        <source>No declaration on record: choose “New declaration…”.</source>
        <translation>لا إقرار في السجل: اختر «إقرار جديد…».</translation>
    </message>
    <message>
        <source>Nothing to declare.</source>
        <translation>لا شيء للإقرار به.</translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s) kept within the forum (never published).</source>
        <translation>
            <numerusform>لا مصالح مقصورة على المنتدى.</numerusform>
            <numerusform>مصلحة واحدة مقصورة على المنتدى (لا تُنشر أبدًا).</numerusform>
            <numerusform>مصلحتان مقصورتان على المنتدى (لا تُنشران أبدًا).</numerusform>
            <numerusform>%n مصالح مقصورة على المنتدى (لا تُنشر أبدًا).</numerusform>
            <numerusform>%n مصلحة مقصورة على المنتدى (لا تُنشر أبدًا).</numerusform>
            <numerusform>%n مصلحة مقصورة على المنتدى (لا تُنشر أبدًا).</numerusform>
        </translation>
    </message>
    <message>
        <source>All these interests appear in the public register.</source>
        <translation>تظهر كل هذه المصالح في السجل العام.</translation>
    </message>
    <message>
        <source>Cannot adopt the new version</source>
        <translation>تعذّر اعتماد النسخة الجديدة</translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation>تعذّر تسجيل التوقيع</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>إزالة التوقيع</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s signature of version {statement_version}?

Use this for a signature entered by mistake. You can undo it with Edit ▸ Undo.</source>
        <translation>إزالة توقيع {name} على النسخة {statement_version}؟

استخدم هذا لتوقيع أُدخل خطأً. يمكنك التراجع بـ تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation>تعذّرت إزالة التوقيع</translation>
    </message>
    <message>
        <source>Cannot save the declaration</source>
        <translation>تعذّر حفظ الإقرار</translation>
    </message>
    <message>
        <source>Remove declaration</source>
        <translation>إزالة الإقرار</translation>
    </message>
    <message>
        <source>Cannot remove the declaration</source>
        <translation>تعذّرت إزالة الإقرار</translation>
    </message>
    <message>
        <source>Cannot record the breach</source>
        <translation>تعذّر تسجيل المخالفة</translation>
    </message>
    <message>
        <source>Cannot save the breach</source>
        <translation>تعذّر حفظ المخالفة</translation>
    </message>
    <message>
        <source>Remove breach</source>
        <translation>إزالة المخالفة</translation>
    </message>
    <message>
        <source>Remove this entry from the breach register?

Use this for an entry made by mistake; a removal already applied to the member stays (edit the member to reinstate them). You can undo it with Edit ▸ Undo.</source>
        <translation>إزالة هذا القيد من سجل المخالفات؟

استخدم هذا لقيد أُدخل خطأً؛ ويبقى الإقصاء المطبَّق على العضو (عدّل العضو لإعادته). يمكنك التراجع بـ تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Cannot remove the breach</source>
        <translation>تعذّرت إزالة المخالفة</translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation>تذكيرات بالبريد</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>جارٍ كتابة التذكيرات…</translation>
    </message>
    <message numerus="yes">
        <source>Copied the reminder list (%n member(s)).</source>
        <translation>
            <numerusform>نُسخت قائمة التذكير (لا أعضاء).</numerusform>
            <numerusform>نُسخت قائمة التذكير (عضو واحد).</numerusform>
            <numerusform>نُسخت قائمة التذكير (عضوان).</numerusform>
            <numerusform>نُسخت قائمة التذكير (%n أعضاء).</numerusform>
            <numerusform>نُسخت قائمة التذكير (%n عضوًا).</numerusform>
            <numerusform>نُسخت قائمة التذكير (%n عضو).</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of interests</source>
        <translation>سجل المصالح</translation>
    </message>
    <message>
        <source>Ethics compliance summary</source>
        <translation>ملخص الامتثال الأخلاقي</translation>
    </message>
    <message>
        <source>Declaration form</source>
        <translation>استمارة الإقرار</translation>
    </message>
    <message>
        <source>Wrote {names} in {parent}</source>
        <translation>كُتب {names} في {parent}</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>PAGES_FORUM</name>
    <message>
        <source>The forum profile</source>
        <translation>الملف التعريفي للمنتدى</translation>
    </message>
    <message>
        <source>Both sides must be present</source>
        <translation>يجب حضور الجانبين</translation>
    </message>
    <message>
        <source>Both co-chairs approve agendas and minutes</source>
        <translation>يعتمد الرئيسان المشاركان جداول الأعمال والمحاضر</translation>
    </message>
    <message>
        <source>The Action Plan is being developed (meet monthly)</source>
        <translation>خطة العمل قيد الإعداد (اجتماع شهري)</translation>
    </message>
    <message>
        <source>Publish members&apos; names (otherwise organisations only)</source>
        <translation>نشر أسماء الأعضاء (وإلا فالجهات فقط)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> يوم عمل</translation>
    </message>
    <message>
        <source>e.g. 2/3 or 6</source>
        <translation>مثلًا 2/3 أو 6</translation>
    </message>
    <message>
        <source>Optional: the rule in your own words, published as written</source>
        <translation>اختياري: القاعدة بكلماتك، تُنشر كما كُتبت</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>The city or region a local forum serves</source>
        <translation>المدينة أو المنطقة التي يخدمها منتدى محلي</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>مثلاً: en, fr</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الاختصاص</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>لغات الوثائق</translation>
    </message>
    <message>
        <source>The languages its documents are written in (en, fr, es, ar), first the default for exports.</source>
        <translation>اللغات التي تُكتب بها وثائقه (en, fr, es, ar)، والأولى هي الافتراضية عند التصدير.</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Meeting times are shown in this zone.</source>
        <translation>تُعرض أوقات الاجتماعات بهذه المنطقة الزمنية.</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Governance and decisions</source>
        <translation>الحوكمة والقرارات</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>قاعدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Qualified majority</source>
        <translation>أغلبية موصوفة</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>the base of a qualified majority</comment>
        <translation>تُحسب</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>النصاب القانوني</translation>
    </message>
    <message>
        <source>Quorum value</source>
        <translation>قيمة النصاب</translation>
    </message>
    <message>
        <source>Quorum as written</source>
        <translation>النصاب كما هو مكتوب</translation>
    </message>
    <message>
        <source>What it may decide</source>
        <translation>ما يجوز له أن يقرّره</translation>
    </message>
    <message>
        <source>Who sets the agenda</source>
        <translation>من يضع جدول الأعمال</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>تضارب المصالح</translation>
    </message>
    <message>
        <source>Declarations renewed every</source>
        <translation>تُجدَّد الإقرارات كل</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Meets at least every</source>
        <translation>يجتمع مرة على الأقل كل</translation>
    </message>
    <message>
        <source>Notice and papers</source>
        <translation>الإشعار والوثائق</translation>
    </message>
    <message>
        <source>Days before a meeting that papers go out.</source>
        <translation>عدد الأيام قبل الاجتماع التي تُرسل فيها الوثائق.</translation>
    </message>
    <message>
        <source>Detail of minutes</source>
        <translation>مستوى تفصيل المحضر</translation>
    </message>
    <message>
        <source>Transparency and contact</source>
        <translation>الشفافية والاتصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>بريد الاتصال</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>هاتف الاتصال</translation>
    </message>
    <message>
        <source>Answer questions within</source>
        <translation>الرد على الأسئلة خلال</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation>المقاعد الحكومية</translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation>المقاعد غير الحكومية</translation>
    </message>
    <message>
        <source>For parity both should be equal.</source>
        <translation>للتكافؤ يجب أن يتساويا.</translation>
    </message>
    <message>
        <source>Governance as published</source>
        <translation>الحوكمة كما هي منشورة</translation>
    </message>
    <message>
        <source>Forum profile</source>
        <translation>الملف التعريفي للمنتدى</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation>تجاهل التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>الوثائق</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n day(s) before each meeting</source>
        <translation>
            <numerusform>تُرسل يوم الاجتماع</numerusform>
            <numerusform>تُرسل قبل كل اجتماع بيوم واحد</numerusform>
            <numerusform>تُرسل قبل كل اجتماع بيومين</numerusform>
            <numerusform>تُرسل قبل كل اجتماع بـ%n أيام</numerusform>
            <numerusform>تُرسل قبل كل اجتماع بـ%n يومًا</numerusform>
            <numerusform>تُرسل قبل كل اجتماع بـ%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Members&apos; names are published</source>
        <translation>تُنشر أسماء الأعضاء</translation>
    </message>
    <message>
        <source>Organisations only are published</source>
        <translation>تُنشر الجهات فقط</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: put right the %n field(s) marked in red</source>
        <translation>
            <numerusform>لم يُحفظ</numerusform>
            <numerusform>لم يُحفظ: صحّح الحقل المعلَّم بالأحمر</numerusform>
            <numerusform>لم يُحفظ: صحّح الحقلين المعلَّمين بالأحمر</numerusform>
            <numerusform>لم يُحفظ: صحّح الحقول الـ%n المعلَّمة بالأحمر</numerusform>
            <numerusform>لم يُحفظ: صحّح %n حقلًا معلَّمًا بالأحمر</numerusform>
            <numerusform>لم يُحفظ: صحّح %n حقل معلَّم بالأحمر</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the forum profile</source>
        <translation>تعذّر حفظ الملف التعريفي للمنتدى</translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS</name>
    <message>
        <source>New meeting…</source>
        <translation>اجتماع جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Plan a year…</source>
        <translation>تخطيط سنة…</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>تسجيل كاجتماع منعقد</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>تأجيل…</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>إعادة التخطيط</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>تصدير التقويم…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>القادمة فقط</translation>
    </message>
    <message>
        <source>&lt;b&gt;All meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;كل الاجتماعات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>تضارب المصالح</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); target: {target}.</source>
        <translation>
            <numerusform>لا اجتماعات؛ الهدف: {target}.</numerusform>
            <numerusform>اجتماع واحد؛ الهدف: {target}.</numerusform>
            <numerusform>اجتماعان؛ الهدف: {target}.</numerusform>
            <numerusform>%n اجتماعات؛ الهدف: {target}.</numerusform>
            <numerusform>%n اجتماعًا؛ الهدف: {target}.</numerusform>
            <numerusform>%n اجتماع؛ الهدف: {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>notice sent {notice_sent_on}</source>
        <translation>أُرسلت الدعوة في {notice_sent_on}</translation>
    </message>
    <message>
        <source>agenda approved, notice due by {due}</source>
        <translation>جدول الأعمال معتمد، وتُرسل الدعوة قبل {due}</translation>
    </message>
    <message>
        <source>agenda in draft, notice due by {due}</source>
        <translation>جدول الأعمال مسودة، وتُرسل الدعوة قبل {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is planned.&lt;/b&gt; Use “Plan a year…” to propose a calendar.</source>
        <translation>&lt;b&gt;لا يوجد اجتماع مخطط له.&lt;/b&gt; استخدم «تخطيط سنة…» لاقتراح تقويم.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Regularity: {gaps}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;الانتظام: {gaps}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>جارٍ قراءة الاجتماعات…</translation>
    </message>
    <message>
        <source>The meetings could not be read.</source>
        <translation>تعذّرت قراءة الاجتماعات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next meeting:&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}); {state}.</source>
        <translation>&lt;b&gt;الاجتماع القادم:&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;، {time} ({when})؛ {state}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;Late&lt;/a&gt;: {what}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;متأخر&lt;/a&gt;: {what}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;Regularity: {summary}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;الانتظام: {summary}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest ({count})</source>
        <translation>تضارب المصالح ({count})</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s agenda and papers…</source>
        <translation>جارٍ قراءة جدول أعمال الاجتماع ووثائقه…</translation>
    </message>
    <message>
        <source>This meeting could not be read from the forum file: its agenda, papers and conflicts are not shown.</source>
        <translation>تعذّرت قراءة هذا الاجتماع من ملف المنتدى: لا يُعرض جدول أعماله ولا وثائقه ولا تضارب المصالح فيه.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: it can no longer be changed.</source>
        <translation>محضر هذا الاجتماع معتمد: لم يعد من الممكن تغييره.</translation>
    </message>
    <message>
        <source>Cannot add the meeting</source>
        <translation>تعذّرت إضافة الاجتماع</translation>
    </message>
    <message>
        <source>Cannot save the meeting</source>
        <translation>تعذّر حفظ الاجتماع</translation>
    </message>
    <message>
        <source>Cannot change the meeting&apos;s status</source>
        <translation>تعذّر تغيير حالة الاجتماع</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>Delete “{title}” ({day}) with its agenda and papers&apos; records?

Use this for a meeting entered by mistake; a meeting that was announced is cancelled instead. You can undo this.</source>
        <translation>هل تريد حذف «{title}» ({day}) مع جدول أعماله وسجل وثائقه؟

استخدم هذا لاجتماع أُدخل خطأً؛ أما الاجتماع الذي أُعلن عنه فيُلغى بدلًا من ذلك. يمكنك التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>تعذّر حذف الاجتماع</translation>
    </message>
    <message>
        <source>Cannot create the meetings</source>
        <translation>تعذّر إنشاء الاجتماعات</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s). Undo (Ctrl+Z) takes them all back.</source>
        <translation>
            <numerusform>لم يُخطط أي اجتماع.</numerusform>
            <numerusform>خُطط اجتماع واحد. التراجع (Ctrl+Z) يلغيه.</numerusform>
            <numerusform>خُطط اجتماعان. التراجع (Ctrl+Z) يلغيهما.</numerusform>
            <numerusform>خُطط %n اجتماعات. التراجع (Ctrl+Z) يلغيها كلها.</numerusform>
            <numerusform>خُطط %n اجتماعًا. التراجع (Ctrl+Z) يلغيها كلها.</numerusform>
            <numerusform>خُطط %n اجتماع. التراجع (Ctrl+Z) يلغيها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>تعذّرت إضافة البند</translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation>تعذّر حفظ البند</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>تعذّرت إزالة البند</translation>
    </message>
    <message>
        <source>Cannot reorder the agenda</source>
        <translation>تعذّرت إعادة ترتيب جدول الأعمال</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>البنود الدائمة</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>نسخ جدول أعمال</translation>
    </message>
    <message>
        <source>There is no earlier meeting to copy from.</source>
        <translation>لا يوجد اجتماع سابق للنسخ منه.</translation>
    </message>
    <message>
        <source>Cannot copy the agenda</source>
        <translation>تعذّر نسخ جدول الأعمال</translation>
    </message>
    <message>
        <source>Cannot record the approval</source>
        <translation>تعذّر تسجيل الاعتماد</translation>
    </message>
    <message>
        <source>Cannot record the notice</source>
        <translation>تعذّر تسجيل الدعوة</translation>
    </message>
    <message>
        <source>E-mail the notice</source>
        <translation>إرسال الدعوة بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Writing the notice, the members&apos; pack and the e-mail draft…</source>
        <translation>جارٍ كتابة الدعوة وملف الأعضاء ومسودة البريد الإلكتروني…</translation>
    </message>
    <message>
        <source>Cannot add the paper</source>
        <translation>تعذّرت إضافة الوثيقة</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>تعذّر حفظ الوثيقة</translation>
    </message>
    <message>
        <source>Cannot remove the paper</source>
        <translation>تعذّرت إزالة الوثيقة</translation>
    </message>
    <message>
        <source>A closed meeting&apos;s pack is for members only.</source>
        <translation>ملف الاجتماع المغلق للأعضاء فقط.</translation>
    </message>
    <message>
        <source>The meeting pack</source>
        <translation>ملف الاجتماع</translation>
    </message>
    <message>
        <source>Members: everything; withheld papers marked as such</source>
        <translation>الأعضاء: كل شيء؛ الوثائق المحجوبة معلَّمة بذلك</translation>
    </message>
    <message>
        <source>Public: withheld and confidential papers listed without content; no contact details</source>
        <translation>الجمهور: الوثائق المحجوبة والسرية مدرجة دون محتوى؛ بلا بيانات اتصال</translation>
    </message>
    <message>
        <source>The board book (with the papers) is a PDF: tick PDF among the formats.</source>
        <translation>الملف المجمَّع (مع الوثائق) بصيغة PDF: حدّد PDF ضمن الصيغ.</translation>
    </message>
    <message>
        <source>Cannot export the pack</source>
        <translation>تعذّر تصدير ملف الاجتماع</translation>
    </message>
    <message>
        <source>Writing the {audience}&apos; pack ({formats})…</source>
        <translation>جارٍ كتابة ملف الاجتماع ({audience}) ({formats})…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Export the meeting pack</source>
        <translation>تصدير ملف الاجتماع</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>كُتب {files} في {folder}.</translation>
    </message>
    <message>
        <source>Export the public calendar</source>
        <translation>تصدير التقويم العام</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>جارٍ كتابة التقويم…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n public meeting(s)).</source>
        <translation>
            <numerusform>كُتب {file} (لا اجتماعات علنية).</numerusform>
            <numerusform>كُتب {file} (اجتماع علني واحد).</numerusform>
            <numerusform>كُتب {file} (اجتماعان علنيان).</numerusform>
            <numerusform>كُتب {file} (%n اجتماعات علنية).</numerusform>
            <numerusform>كُتب {file} (%n اجتماعًا علنيًا).</numerusform>
            <numerusform>كُتب {file} (%n اجتماع علني).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS_BOARD</name>
    <message>
        <source>Add break…</source>
        <translation>إضافة استراحة…</translation>
    </message>
    <message>
        <source>A timed pause (coffee, lunch) after the selected item: no number, paper or decision</source>
        <translation>استراحة محددة المدة (قهوة، غداء) بعد البند المحدد: بلا رقم ولا وثيقة ولا قرار</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>نسخة جديدة…</translation>
    </message>
    <message>
        <source>Replace the selected paper&apos;s file with a new version; the earlier one is kept for the record and the pack says “revised”</source>
        <translation>استبدال ملف الوثيقة المحددة بنسخة جديدة؛ تُحفظ السابقة للتوثيق ويذكر الملف «منقّحة»</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Cannot add the break</source>
        <translation>تعذّرت إضافة الاستراحة</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>اختر وثيقة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Choose the new version of the paper</source>
        <translation>اختر النسخة الجديدة من الوثيقة</translation>
    </message>
    <message>
        <source>Cannot add the new version</source>
        <translation>تعذّرت إضافة النسخة الجديدة</translation>
    </message>
</context>
<context>
    <name>PAGES_MEMBERS</name>
    <message>
        <source>Add member…</source>
        <translation>إضافة عضو…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Delete a member entered by mistake. A member who leaves keeps their record: edit their status instead.</source>
        <translation>حذف عضو أُدخل خطأً. العضو الذي يغادر يحتفظ بسجله: عدّل حالته بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>استيراد أعضاء…</translation>
    </message>
    <message>
        <source>Import members from a .csv or .xlsx file (or drop it on this page): you see them as they will be stored first; all or nothing; undoable.</source>
        <translation>استيراد أعضاء من ملف .csv أو .xlsx (أو أفلته على هذه الصفحة): تراهم أولًا كما سيُحفظون؛ الكل أو لا شيء؛ قابل للتراجع.</translation>
    </message>
    <message>
        <source>Search name or organisation</source>
        <translation>البحث بالاسم أو الجهة</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>كل الجوانب</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>النشطون فقط</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; term ends within 90 days</source>
        <translation>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;كهرماني&amp;nbsp;&lt;/span&gt; ولاية تنتهي خلال 90 يومًا</translation>
    </message>
    <message>
        <source>Hover a round to see its candidates and outcomes.</source>
        <translation>مرّر المؤشر فوق جولة لرؤية مرشحيها ونتائجها.</translation>
    </message>
    <message>
        <source>Add selection round…</source>
        <translation>إضافة جولة اختيار…</translation>
    </message>
    <message>
        <source>How seats were filled: open calls, elections in electoral colleges, appointments. Non-government seats should be filled through a process the non-government side leads.</source>
        <translation>كيف شُغلت المقاعد: دعوات مفتوحة، انتخابات في هيئات انتخابية، تعيينات. ينبغي أن تُشغل المقاعد غير الحكومية عبر عملية يقودها الجانب غير الحكومي.</translation>
    </message>
    <message>
        <source>Choose a round to see its candidates.</source>
        <translation>اختر جولة لرؤية مرشحيها.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Selection rounds</source>
        <translation>جولات الاختيار</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>جارٍ قراءة الأعضاء…</translation>
    </message>
    <message>
        <source>Reading the selection rounds…</source>
        <translation>جارٍ قراءة جولات الاختيار…</translation>
    </message>
    <message>
        <source>The members could not be read.</source>
        <translation>تعذّرت قراءة الأعضاء.</translation>
    </message>
    <message>
        <source>The selection rounds could not be read.</source>
        <translation>تعذّرت قراءة جولات الاختيار.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n member(s) shown</source>
        <translation>
            <numerusform>{shown} من %n عضو معروض</numerusform>
            <numerusform>{shown} من عضو واحد معروض</numerusform>
            <numerusform>{shown} من عضوين معروضين</numerusform>
            <numerusform>{shown} من %n أعضاء معروضين</numerusform>
            <numerusform>{shown} من %n عضوًا معروضين</numerusform>
            <numerusform>{shown} من %n عضو معروضين</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>نُشرت في</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>أدارها</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>المرشح</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>&lt;p&gt;No candidates recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا مرشحين مسجّلين.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>تعذّر حفظ العضو</translation>
    </message>
    <message>
        <source>Saved {name}; the filters hide them from the table.</source>
        <translation>حُفظ {name}؛ وتخفيه عوامل التصفية من الجدول.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>إزالة العضو</translation>
    </message>
    <message>
        <source>Edit status…</source>
        <translation>تعديل الحالة…</translation>
    </message>
    <message>
        <source>Remove {name} from the forum&apos;s records?

Use this for a member entered by mistake. A member who resigned, was removed or reached the end of their term keeps their record: edit their status instead.

The record goes to the trash for 30 days (File ▸ Trash…); you can also undo this with Edit ▸ Undo.</source>
        <translation>إزالة {name} من سجلات المنتدى؟

استخدم هذا لعضو أُدخل خطأً. العضو الذي استقال أو أُقصي أو انتهت ولايته يحتفظ بسجله: عدّل حالته بدلًا من ذلك.

ينتقل السجل إلى سلة المحذوفات لمدة 30 يومًا (ملف ▸ سلة المحذوفات…)؛ ويمكنك أيضًا التراجع بـ تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Cannot remove the member</source>
        <translation>تعذّرت إزالة العضو</translation>
    </message>
    <message>
        <source>Cannot add the selection round</source>
        <translation>تعذّرت إضافة جولة الاختيار</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>استيراد أعضاء</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>جداول بيانات (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import members: nothing can be imported yet</source>
        <translation>استيراد أعضاء: لا يمكن استيراد شيء بعد</translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation>{source}: فُحص كل صف؛ ولم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Import members: check before importing</source>
        <translation>استيراد أعضاء: راجع قبل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n member(s) to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</source>
        <translation>
            <numerusform>{source}: لا أعضاء للإضافة.</numerusform>
            <numerusform>{source}: عضو واحد للإضافة، الكل أو لا شيء. لا يُكتب شيء حتى تضغط «استيراد»؛ تحرير ▸ تراجع يزيله بعد ذلك.</numerusform>
            <numerusform>{source}: عضوان للإضافة، الكل أو لا شيء. لا يُكتب شيء حتى تضغط «استيراد»؛ تحرير ▸ تراجع يزيلهما بعد ذلك.</numerusform>
            <numerusform>{source}: %n أعضاء للإضافة، الكل أو لا شيء. لا يُكتب شيء حتى تضغط «استيراد»؛ تحرير ▸ تراجع يزيلهم بعد ذلك.</numerusform>
            <numerusform>{source}: %n عضوًا للإضافة، الكل أو لا شيء. لا يُكتب شيء حتى تضغط «استيراد»؛ تحرير ▸ تراجع يزيلهم بعد ذلك.</numerusform>
            <numerusform>{source}: %n عضو للإضافة، الكل أو لا شيء. لا يُكتب شيء حتى تضغط «استيراد»؛ تحرير ▸ تراجع يزيلهم بعد ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and checking the members file…</source>
        <translation>جارٍ قراءة ملف الأعضاء وفحصه…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>أُلغي الاستيراد: لم يُكتب أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s)…</source>
        <translation>
            <numerusform>لا يُستورد أي عضو…</numerusform>
            <numerusform>جارٍ استيراد عضو واحد…</numerusform>
            <numerusform>جارٍ استيراد عضوين…</numerusform>
            <numerusform>جارٍ استيراد %n أعضاء…</numerusform>
            <numerusform>جارٍ استيراد %n عضوًا…</numerusform>
            <numerusform>جارٍ استيراد %n عضو…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {source}.</source>
        <translation>
            <numerusform>لم يُستورد أي عضو من {source}.</numerusform>
            <numerusform>استُورد عضو واحد من {source}.</numerusform>
            <numerusform>استُورد عضوان من {source}.</numerusform>
            <numerusform>استُورد %n أعضاء من {source}.</numerusform>
            <numerusform>استُورد %n عضوًا من {source}.</numerusform>
            <numerusform>استُورد %n عضو من {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES</name>
    <message>
        <source>Start the minutes</source>
        <translation>بدء المحضر</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>تعميم</translation>
    </message>
    <message>
        <source>Record that the draft went to members</source>
        <translation>تسجيل أن المسودة أُرسلت إلى الأعضاء</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <source>The forum approved them at a later meeting; this locks them</source>
        <translation>اعتمده المنتدى في اجتماع لاحق؛ وهذا يقفله</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>A dated correction to approved minutes</source>
        <translation>تصحيح مؤرخ لمحضر معتمد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>E-mail the draft…</source>
        <translation>إرسال المسودة بالبريد…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to members with the draft minutes attached, and open it in your mail client</source>
        <translation>اكتب مسودة بريد إلى الأعضاء مع مشروع المحضر مرفقًا، وافتحها في برنامج البريد</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;جدول الأعمال&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation>الملخص والتعديلات</translation>
    </message>
    <message>
        <source>Reading the meetings and their minutes…</source>
        <translation>جارٍ قراءة الاجتماعات ومحاضرها…</translation>
    </message>
    <message>
        <source>A short summary of the meeting (optional).</source>
        <translation>ملخص قصير للاجتماع (اختياري).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;الملخص&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amendments after approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;التعديلات بعد الاعتماد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>إضافة إجراء…</translation>
    </message>
    <message>
        <source>no minutes yet</source>
        <translation>لا محضر بعد</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>what the minutes hold for an item</comment>
        <translation>ملاحظات</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>لا قرارات</numerusform>
            <numerusform>قرار واحد</numerusform>
            <numerusform>قراران</numerusform>
            <numerusform>%n قرارات</numerusform>
            <numerusform>%n قرارًا</numerusform>
            <numerusform>%n قرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>لا إجراءات</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Start the minutes to take attendance.</source>
        <translation>ابدأ المحضر لتسجيل الحضور.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Matters arising&lt;/b&gt;: %n open action(s) from earlier meetings</source>
        <translation>
            <numerusform>&lt;b&gt;المسائل الناشئة&lt;/b&gt;: لا إجراءات مفتوحة من اجتماعات سابقة</numerusform>
            <numerusform>&lt;b&gt;المسائل الناشئة&lt;/b&gt;: إجراء واحد مفتوح من اجتماعات سابقة</numerusform>
            <numerusform>&lt;b&gt;المسائل الناشئة&lt;/b&gt;: إجراءان مفتوحان من اجتماعات سابقة</numerusform>
            <numerusform>&lt;b&gt;المسائل الناشئة&lt;/b&gt;: %n إجراءات مفتوحة من اجتماعات سابقة</numerusform>
            <numerusform>&lt;b&gt;المسائل الناشئة&lt;/b&gt;: %n إجراءً مفتوحًا من اجتماعات سابقة</numerusform>
            <numerusform>&lt;b&gt;المسائل الناشئة&lt;/b&gt;: %n إجراء مفتوح من اجتماعات سابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#c62828&apos;&gt;{late} overdue&lt;/span&gt;</source>
        <translation>، &lt;span style=&apos;color:#c62828&apos;&gt;{late} متأخر&lt;/span&gt;</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>No meeting to minute yet: meetings appear here from their day on.</source>
        <translation>لا اجتماع يُحرَّر محضره بعد: تظهر الاجتماعات هنا ابتداءً من يومها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;, {when}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;، {when}</translation>
    </message>
    <message>
        <source>{where} — no minutes yet.</source>
        <translation>{where} — لا محضر بعد.</translation>
    </message>
    <message>
        <source>{where} — draft circulated to members on {circulated_on}.</source>
        <translation>{where} — عُمّمت المسودة على الأعضاء في {circulated_on}.</translation>
    </message>
    <message>
        <source>{where} — minutes {status_label}.</source>
        <translation>{where} — المحضر: {status_label}.</translation>
    </message>
    <message>
        <source>Saved {now}</source>
        <translation>حُفظ {now}</translation>
    </message>
    <message>
        <source>These minutes</source>
        <translation>هذا المحضر</translation>
    </message>
    <message>
        <source>The decisions register (all meetings)</source>
        <translation>سجل القرارات (كل الاجتماعات)</translation>
    </message>
    <message>
        <source>The action tracker</source>
        <translation>متابعة الإجراءات</translation>
    </message>
    <message>
        <source>Members: the full record</source>
        <translation>الأعضاء: السجل الكامل</translation>
    </message>
    <message>
        <source>Public: approved minutes only; names only where they may be published</source>
        <translation>الجمهور: المحاضر المعتمدة فقط؛ الأسماء فقط حيث يجوز نشرها</translation>
    </message>
    <message>
        <source>Writing {title} ({formats})…</source>
        <translation>جارٍ كتابة {title} ({formats})…</translation>
    </message>
    <message>
        <source>Approved on {approved_on}</source>
        <translation>اعتُمد في {approved_on}</translation>
    </message>
    <message>
        <source>Alt+↑/↓ item · Ctrl+1 attendance · Ctrl+2 item · Ctrl+3 actions · Ctrl+4 summary · Ctrl+D decision · Ctrl+Shift+A action · F1 all shortcuts</source>
        <translation>Alt+↑/↓ البند · Ctrl+1 الحضور · Ctrl+2 البند · Ctrl+3 الإجراءات · Ctrl+4 الملخص · Ctrl+D قرار · Ctrl+Shift+A إجراء · F1 كل الاختصارات</translation>
    </message>
    <message>
        <source> at “{title}”</source>
        <translation> في «{title}»</translation>
    </message>
    <message>
        <source>, published on {published_on}</source>
        <translation>، ونُشر في {published_on}</translation>
    </message>
    <message>
        <source>. These minutes are locked: a correction is a dated amendment (Amend…). Actions can still be marked done or dropped.</source>
        <translation>. هذا المحضر مقفل: التصحيح تعديل مؤرخ (تعديل…). ولا يزال ممكنًا تعليم الإجراءات كمنجزة أو مُسقطة.</translation>
    </message>
    <message>
        <source>E-mail the draft minutes</source>
        <translation>إرسال مشروع المحضر بالبريد</translation>
    </message>
    <message>
        <source>Writing the draft minutes and the e-mail draft…</source>
        <translation>جارٍ كتابة مشروع المحضر ومسودة البريد…</translation>
    </message>
    <message>
        <source>Recorded as circulated to members today.</source>
        <translation>سُجّل كمعمَّم على الأعضاء اليوم.</translation>
    </message>
    <message>
        <source>Approved: the minutes are now locked.</source>
        <translation>اعتُمد: المحضر مقفل الآن.</translation>
    </message>
    <message>
        <source>Recorded as published today. Export the public version for the repository.</source>
        <translation>سُجّل كمنشور اليوم. صدّر النسخة العامة للمستودع.</translation>
    </message>
    <message>
        <source>Amendment recorded; it appears in every later export.</source>
        <translation>سُجّل التعديل؛ ويظهر في كل تصدير لاحق.</translation>
    </message>
    <message>
        <source>The public may read these minutes once they are approved.</source>
        <translation>يمكن للجمهور قراءة هذا المحضر بعد اعتماده.</translation>
    </message>
    <message>
        <source>A closed meeting&apos;s minutes are for members only.</source>
        <translation>محضر الاجتماع المغلق للأعضاء فقط.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>كُتب {files} في {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ACTIONS</name>
    <message>
        <source>Add action…</source>
        <translation>إضافة إجراء…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>إسقاط</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;الإجراءات المتفق عليها في هذا الاجتماع&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ATTENDANCE</name>
    <message>
        <source>In person (P)</source>
        <translation>حضوريًا (P)</translation>
    </message>
    <message>
        <source>Remote (R)</source>
        <translation>عن بُعد (R)</translation>
    </message>
    <message>
        <source>Apologies (A)</source>
        <translation>معتذر (A)</translation>
    </message>
    <message>
        <source>Absent (X)</source>
        <translation>غائب (X)</translation>
    </message>
    <message>
        <source>Alternates sit for the member they cover when that member is away</source>
        <translation>يحلّ المناوبون محل العضو الذي ينوبون عنه عند غيابه</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>إضافة ضيف…</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>إزالة الضيف</translation>
    </message>
    <message>
        <source>Guests are listed as present: remove a guest who did not come.</source>
        <translation>يُدرج الضيوف كحاضرين: أزل ضيفًا لم يحضر.</translation>
    </message>
    <message>
        <source>Members stay on the list: mark them absent instead.</source>
        <translation>يبقى الأعضاء في القائمة: علّمهم كغائبين بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ITEMS</name>
    <message>
        <source>What was said: paragraphs, and lines starting with - for bullets.</source>
        <translation>ما قيل: فقرات، وأسطر تبدأ بـ - للنقاط.</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>إزالة القرار</translation>
    </message>
    <message>
        <source>What the forum decided (or was asked to decide).</source>
        <translation>ما قرّره المنتدى (أو طُلب منه أن يقرّره).</translation>
    </message>
    <message>
        <source>A vote was held</source>
        <translation>جرى تصويت</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجَّلة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>ممتنعون</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation>غير الحكومي</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Session 1
Group 1 (facilitator)
A theme
- a point
Commitments
- Commitment 2: a point on it</source>
        <translation>الجلسة 1
المجموعة 1 (الميسّر)
موضوع
- نقطة
الالتزامات
- الالتزام 2: نقطة بشأنه</translation>
    </message>
    <message>
        <source>Record a declaration…</source>
        <translation>تسجيل إقرار…</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>إزالة الأخير</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>مجموعات العمل</translation>
    </message>
    <message>
        <source>Declarations of interest</source>
        <translation>إقرارات المصالح</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التضارب</translation>
    </message>
    <message>
        <source>Reading the item&apos;s notes, decisions and conflicts…</source>
        <translation>جارٍ قراءة ملاحظات البند وقراراته وتضارب المصالح فيه…</translation>
    </message>
    <message>
        <source>Choose an item of the agenda.</source>
        <translation>اختر بندًا من جدول الأعمال.</translation>
    </message>
    <message>
        <source>  — open actions from earlier meetings are under Actions (Ctrl+3).</source>
        <translation>  — الإجراءات المفتوحة من اجتماعات سابقة تحت «الإجراءات» (Ctrl+3).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>لا نقاط</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>No breakout groups for this item.</source>
        <translation>لا مجموعات عمل لهذا البند.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>أحد الأعضاء</translation>
    </message>
    <message>
        <source>No declarations on this item.</source>
        <translation>لا إقرارات بشأن هذا البند.</translation>
    </message>
    <message>
        <source>The forum&apos;s rule: {rule_text}</source>
        <translation>قاعدة المنتدى: {rule_text}</translation>
    </message>
    <message>
        <source>The forum agrees …</source>
        <translation>يوافق المنتدى على …</translation>
    </message>
</context>
<context>
    <name>PAGES_PLACEHOLDER</name>
    <message>
        <source>{page} is not yet available in this version of MSF Desk.</source>
        <translation>{page} غير متاح بعد في هذا الإصدار من MSF Desk.</translation>
    </message>
</context>
<context>
    <name>PAGES_REPOSITORY</name>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Folder: {folder}</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;المجلد: {folder}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Zip: {zip_path}</source>
        <translation>&lt;br&gt;Zip: {zip_path}</translation>
    </message>
    <message>
        <source>&lt;br&gt;{size:.1f} MB, written in {seconds:.1f} s.</source>
        <translation>&lt;br&gt;{size:.1f} ميغابايت، كُتب في {seconds:.1f} ث.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>Not included (file missing from the forum&apos;s storage): {p}</source>
        <translation>غير مُدرج (الملف مفقود من مخزن المنتدى): {p}</translation>
    </message>
    <message>
        <source>Not included (stored outside the forum&apos;s storage folder): {p}</source>
        <translation>غير مُدرج (مخزَّن خارج مجلد مخزن المنتدى): {p}</translation>
    </message>
    <message>
        <source>Every file is as it was: there is nothing new to upload.</source>
        <translation>كل الملفات كما كانت: لا جديد للرفع.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Repository and the standards&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;المستودع والمعايير&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Assessed against:</source>
        <translation>يُقيَّم وفق:</translation>
    </message>
    <message>
        <source>{title}. Source: {source}</source>
        <translation>{title}. المصدر: {source}</translation>
    </message>
    <message>
        <source>&amp;Showing:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>The framework the list shows</source>
        <translation>الإطار الذي تعرضه القائمة</translation>
    </message>
    <message>
        <source>&amp;Export repository…</source>
        <translation>&amp;تصدير المستودع…</translation>
    </message>
    <message>
        <source>Write everything the forum publishes into a folder to upload to its website</source>
        <translation>اكتب كل ما ينشره المنتدى في مجلد لرفعه إلى موقعه الإلكتروني</translation>
    </message>
    <message>
        <source>Export &amp;compliance report…</source>
        <translation>تصدير تقرير الا&amp;متثال…</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>إعادة ال&amp;تحقق</translation>
    </message>
    <message>
        <source>Check the records against the standards again</source>
        <translation>التحقق مجددًا من السجلات في ضوء المعايير</translation>
    </message>
    <message>
        <source>Indicators of the standards</source>
        <translation>مؤشرات المعايير</translation>
    </message>
    <message>
        <source>&amp;Where the forum stands</source>
        <translation>&amp;موقف المنتدى</translation>
    </message>
    <message>
        <source>&amp;Records for the standards</source>
        <translation>&amp;سجلات المعايير</translation>
    </message>
    <message>
        <source>Cannot check the standards</source>
        <translation>تعذّر فحص المعايير</translation>
    </message>
    <message>
        <source>Checking the records against the standards…</source>
        <translation>جارٍ التحقق من السجلات وفق المعايير…</translation>
    </message>
    <message>
        <source>Check the standards</source>
        <translation>التحقق من المعايير</translation>
    </message>
    <message>
        <source>The check against the standards was cancelled: nothing is shown until it runs again.</source>
        <translation>أُلغي التحقق في ضوء المعايير: لن يُعرض شيء حتى يُجرى من جديد.</translation>
    </message>
    <message>
        <source>The check against the standards was cancelled: what is shown is the check before.</source>
        <translation>أُلغي التحقق في ضوء المعايير: المعروض هو نتيجة التحقق السابق.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Not evidenced</source>
        <translation>لا دليل عليه</translation>
    </message>
    <message>
        <source>{minimum_text} &lt;i&gt;(* a basic requirement of a starred process)&lt;/i&gt;</source>
        <translation>{minimum_text} &lt;i&gt;(* متطلب أساسي لعملية مميّزة بنجمة)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;{title}. Source: {source}&lt;/i&gt;</source>
        <translation>&lt;i&gt;{title}. المصدر: {source}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{forum_name} as of {today}: {counts}&lt;br&gt;{note}</source>
        <translation>{forum_name} في {today}: {counts}&lt;br&gt;{note}</translation>
    </message>
    <message>
        <source>The forum is assessed against at least one framework; choose another before leaving this one.</source>
        <translation>يُقيَّم المنتدى وفق إطار واحد على الأقل؛ اختر إطارًا آخر قبل ترك هذا الإطار.</translation>
    </message>
    <message>
        <source>Cannot choose the standards</source>
        <translation>تعذّر اختيار المعايير</translation>
    </message>
    <message>
        <source>Assessed against: {frameworks}.</source>
        <translation>يُقيَّم وفق: {frameworks}.</translation>
    </message>
    <message>
        <source>The repository has not been exported yet.</source>
        <translation>لم يُصدَّر المستودع بعد.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;The standard:&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What to do next:&lt;/b&gt; {next_step}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;المعيار:&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;الأدلة&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;الخطوة التالية:&lt;/b&gt; {next_step}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The public repository</source>
        <translation>المستودع العام</translation>
    </message>
    <message>
        <source>Also write a .zip (to send or upload as one file)</source>
        <translation>اكتب أيضًا ملف .zip (للإرسال أو الرفع كملف واحد)</translation>
    </message>
    <message>
        <source>Everything the forum publishes, for the public: an empty folder, or the last export&apos;s (only what changed is rewritten).</source>
        <translation>كل ما ينشره المنتدى، للجمهور: مجلد فارغ، أو مجلد آخر تصدير (لا يُعاد إلا كتابة ما تغيّر).</translation>
    </message>
    <message>
        <source>Export the repository into a folder (an empty one, or the last export&apos;s)</source>
        <translation>تصدير المستودع إلى مجلد (فارغ، أو مجلد آخر تصدير)</translation>
    </message>
    <message>
        <source>Export the repository</source>
        <translation>تصدير المستودع</translation>
    </message>
    <message numerus="yes">
        <source>Last exported on {on} to {folder} (%n file(s)). Export again by {due} at the latest.</source>
        <translation>
            <numerusform>آخر تصدير في {on} إلى {folder} (لا ملفات). يجب التصدير مجددًا في موعد أقصاه {due}.</numerusform>
            <numerusform>آخر تصدير في {on} إلى {folder} (ملف واحد). يجب التصدير مجددًا في موعد أقصاه {due}.</numerusform>
            <numerusform>آخر تصدير في {on} إلى {folder} (ملفان). يجب التصدير مجددًا في موعد أقصاه {due}.</numerusform>
            <numerusform>آخر تصدير في {on} إلى {folder} (%n ملفات). يجب التصدير مجددًا في موعد أقصاه {due}.</numerusform>
            <numerusform>آخر تصدير في {on} إلى {folder} (%n ملفًا). يجب التصدير مجددًا في موعد أقصاه {due}.</numerusform>
            <numerusform>آخر تصدير في {on} إلى {folder} (%n ملف). يجب التصدير مجددًا في موعد أقصاه {due}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the public repository…</source>
        <translation>جارٍ بناء المستودع العام…</translation>
    </message>
    <message>
        <source>Export cancelled: the previous package is unchanged.</source>
        <translation>أُلغي التصدير: الحزمة السابقة لم تتغيّر.</translation>
    </message>
    <message>
        <source>Exporting the repository to {folder}…</source>
        <translation>جارٍ تصدير المستودع إلى {folder}…</translation>
    </message>
    <message>
        <source>{summary} Folder: {folder}</source>
        <translation>{summary} المجلد: {folder}</translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation>تصدير تقرير الامتثال</translation>
    </message>
    <message>
        <source>The compliance report</source>
        <translation>تقرير الامتثال</translation>
    </message>
    <message>
        <source>Writing the compliance report…</source>
        <translation>جارٍ كتابة تقرير الامتثال…</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>كُتب {files} في {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES</name>
    <message>
        <source>&lt;h2&gt;Responses&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الردود&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation>مشاورة جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Move this consultation, with its contributions and answers, to the trash (kept 30 days).</source>
        <translation>نقل هذه المشاورة، مع مساهماتها وردودها، إلى سلة المحذوفات (تُحفظ 30 يومًا).</translation>
    </message>
    <message>
        <source>Import contributions…</source>
        <translation>استيراد مساهمات…</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>قالب…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Summary by theme</source>
        <translation>ملخص حسب الموضوع</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>المتأخرة والمستحقة قريبًا</translation>
    </message>
    <message>
        <source>Import a .csv or .xlsx file (or drop it on this page): platforms&apos; own exports are recognised; you see the rows as they will be stored first.</source>
        <translation>استيراد ملف .csv أو .xlsx (أو إفلاته على هذه الصفحة): يُتعرَّف على صادرات المنصات نفسها؛ وترى الصفوف أولًا كما ستُحفظ.</translation>
    </message>
    <message>
        <source>Reading the consultations and their contributions…</source>
        <translation>جارٍ قراءة المشاورات والمساهمات المقدَّمة فيها…</translation>
    </message>
    <message>
        <source>Search the text, names, themes and reasons…</source>
        <translation>البحث في النص والأسماء والمواضيع والأسباب…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>كل المآلات</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>All contributors</source>
        <translation>كل أصحاب المساهمات</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation>مساهمة جديدة…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Answer many ▾</source>
        <translation>رد جماعي ▾</translation>
    </message>
    <message>
        <source>One outcome and reason for many contributions at once.</source>
        <translation>مآل وسبب واحد لعدة مساهمات دفعة واحدة.</translation>
    </message>
    <message>
        <source>The selected rows…</source>
        <translation>الصفوف المحددة…</translation>
    </message>
    <message>
        <source>All in this theme…</source>
        <translation>كل ما في هذا الموضوع…</translation>
    </message>
    <message>
        <source>All duplicates of this one…</source>
        <translation>كل المكررات لهذه المساهمة…</translation>
    </message>
    <message>
        <source>Move the selected contributions to the trash (kept 30 days).</source>
        <translation>نقل المساهمات المحددة إلى سلة المحذوفات (تُحفظ 30 يومًا).</translation>
    </message>
    <message>
        <source>The published overview: per theme, what people asked for and what the forum did and why. It becomes the &quot;what we heard | what we did and why&quot; table of the report.</source>
        <translation>العرض المنشور: لكل موضوع، ما طلبه الناس وما فعله المنتدى ولماذا. يصبح جدول «ما سمعناه | ما فعلناه ولماذا» في التقرير.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What we heard&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما سمعناه&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In a few sentences: what people asked for on this theme.</source>
        <translation>في جمل قليلة: ما طلبه الناس في هذا الموضوع.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What we did and why&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما فعلناه ولماذا&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the forum did with it, and the reasons.</source>
        <translation>ما فعله المنتدى بذلك، والأسباب.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>حفظ الملخص</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation>كل المشاورات</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source> · on {document}</source>
        <translation> · بشأن {document}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>لا مساهمات</numerusform>
            <numerusform>مساهمة واحدة</numerusform>
            <numerusform>مساهمتان</numerusform>
            <numerusform>%Ln مساهمات</numerusform>
            <numerusform>%Ln مساهمةً</numerusform>
            <numerusform>%Ln مساهمة</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;i&gt;(no consent: the public sees “{public_contributor}”)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(لا موافقة: يرى الجمهور «{public_contributor}»)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</source>
        <translation>&lt;b&gt;رقم {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Withdrawn by its author on {withdrawn_on}&lt;/b&gt;: nothing to answer, never overdue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;سحبها صاحبها في {withdrawn_on}&lt;/b&gt;: لا شيء للرد عليه، ولا تتأخر أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Imported from {source_platform}: {source_id}</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;مستوردة من {source_platform}: {source_id}</translation>
    </message>
    <message>
        <source>, answering {source_parent}</source>
        <translation>، ردًّا على {source_parent}</translation>
    </message>
    <message>
        <source> — answered {answered_on}</source>
        <translation> — رُدّ عليها في {answered_on}</translation>
    </message>
    <message>
        <source> — due {due_on}</source>
        <translation> — مستحقة في {due_on}</translation>
    </message>
    <message>
        <source>decided by {decided_by}</source>
        <translation>قرّره {decided_by}</translation>
    </message>
    <message>
        <source>commitment: {commitment}</source>
        <translation>الالتزام: {commitment}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: {len:,} not answered by their due date ({response_working_days} working days after receipt).</source>
        <translation>&lt;b&gt;المتأخرة&lt;/b&gt;: {len:,} لم يُرد عليها في موعدها ({response_working_days} يوم عمل بعد الورود).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: {len:,}.</source>
        <translation>&lt;b&gt;المستحقة خلال {DUE_SOON_WORKING_DAYS} أيام عمل&lt;/b&gt;: {len:,}.</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>كل المواضيع</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</source>
        <translation>
            <numerusform>لا مشاورات · {total:,} مساهمة · {overdue:,} متأخرة.</numerusform>
            <numerusform>مشاورة واحدة · {total:,} مساهمة · {overdue:,} متأخرة. اختر مشاورة لتعديلها أو الاستيراد إليها أو تصدير تقريرها.</numerusform>
            <numerusform>مشاورتان · {total:,} مساهمة · {overdue:,} متأخرة. اختر مشاورة لتعديلها أو الاستيراد إليها أو تصدير تقريرها.</numerusform>
            <numerusform>%n مشاورات · {total:,} مساهمة · {overdue:,} متأخرة. اختر مشاورة لتعديلها أو الاستيراد إليها أو تصدير تقريرها.</numerusform>
            <numerusform>%n مشاورة · {total:,} مساهمة · {overdue:,} متأخرة. اختر مشاورة لتعديلها أو الاستيراد إليها أو تصدير تقريرها.</numerusform>
            <numerusform>%n مشاورة · {total:,} مساهمة · {overdue:,} متأخرة. اختر مشاورة لتعديلها أو الاستيراد إليها أو تصدير تقريرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>{opens} to {closes}</source>
        <translation>من {opens} إلى {closes}</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>مفتوحة الآن</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>لم تُفتح بعد</translation>
    </message>
    <message>
        <source>&lt;br&gt;{channels} · {contributions:,} contributions · {answered:,} answered ({answered_late:,} late) · {overdue:,} overdue</source>
        <translation>&lt;br&gt;{channels} · {contributions:,} مساهمة · {answered:,} رُدّ عليها ({answered_late:,} متأخرة) · {overdue:,} متأخرة</translation>
    </message>
    <message>
        <source>No channels recorded</source>
        <translation>لا قنوات مسجّلة</translation>
    </message>
    <message>
        <source> match the search</source>
        <translation> تطابق البحث</translation>
    </message>
    <message>
        <source>. Double-click one to answer it. Names in grey: no consent to publish.</source>
        <translation>. انقر نقرًا مزدوجًا على إحداها للرد عليها. الأسماء بالرمادي: لا موافقة على النشر.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Select a contribution to see it in full.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;حدّد مساهمة لرؤيتها كاملة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>. A newer export of the same platform updates it.&lt;/p&gt;</source>
        <translation>. يحدّثها تصدير أحدث من المنصة نفسها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (متأخر)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (متأخرة)</translation>
    </message>
    <message>
        <source>duplicate of no. {duplicate_of}</source>
        <translation>مكرّرة للرقم {duplicate_of}</translation>
    </message>
    <message>
        <source>merged into no. {merged_into}</source>
        <translation>مدمجة في الرقم {merged_into}</translation>
    </message>
    <message>
        <source>linked from </source>
        <translation>مرتبطة من </translation>
    </message>
    <message>
        <source>no. {i}</source>
        <translation>رقم {i}</translation>
    </message>
    <message>
        <source>attachments: </source>
        <translation>المرفقات: </translation>
    </message>
    <message>
        <source>Choose a consultation to see and write its summary by theme.</source>
        <translation>اختر مشاورة لرؤية ملخصها حسب الموضوع وكتابته.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;المتأخرة&lt;/b&gt;: لا شيء.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;المستحقة خلال {DUE_SOON_WORKING_DAYS} أيام عمل&lt;/b&gt;: لا شيء.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_ANSWERS</name>
    <message>
        <source>Cannot save the answer</source>
        <translation>تعذّر حفظ الرد</translation>
    </message>
    <message>
        <source>Choose a contribution in the table first.</source>
        <translation>اختر مساهمة من الجدول أولًا.</translation>
    </message>
    <message>
        <source>the rows selected in the table</source>
        <translation>الصفوف المحددة في الجدول</translation>
    </message>
    <message>
        <source>every contribution not yet answered in the theme “{theme}”</source>
        <translation>كل مساهمة لم يُرد عليها بعد في الموضوع «{theme}»</translation>
    </message>
    <message>
        <source>every duplicate of no. {current} not yet answered</source>
        <translation>كل مكرّر للرقم {current} لم يُرد عليه بعد</translation>
    </message>
    <message>
        <source>Answer many</source>
        <translation>رد جماعي</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>تعذّر حفظ الردود</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n contribution(s): {outcome}. Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>لم يُرد على أي مساهمة.</numerusform>
            <numerusform>رُدّ على مساهمة واحدة: {outcome}. تحرير ▸ تراجع يعيد لها ردّها السابق.</numerusform>
            <numerusform>رُدّ على مساهمتين: {outcome}. تحرير ▸ تراجع يعيد لكل منهما ردّها السابق.</numerusform>
            <numerusform>رُدّ على %n مساهمات: {outcome}. تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
            <numerusform>رُدّ على %n مساهمة: {outcome}. تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
            <numerusform>رُدّ على %n مساهمة: {outcome}. تحرير ▸ تراجع يعيد لكل منها ردّها السابق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the contribution</source>
        <translation>تعذّر حفظ المساهمة</translation>
    </message>
    <message>
        <source>Attach a file to the contribution</source>
        <translation>إرفاق ملف بالمساهمة</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>تعذّر إرفاق الملف</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>تعذّر حفظ الملخص</translation>
    </message>
    <message>
        <source>Delete the consultation</source>
        <translation>حذف المشاورة</translation>
    </message>
    <message>
        <source>Move “{name}”, with all its contributions and their answers, to the trash?

It stays there for 30 days (File ▸ Trash…) and no longer appears anywhere, nor in any export. Edit ▸ Undo puts it back too.</source>
        <translation>نقل «{name}» مع كل مساهماتها وردودها إلى سلة المحذوفات؟

تبقى هناك 30 يومًا (ملف ▸ سلة المحذوفات…) ولا تظهر في أي مكان ولا في أي تصدير. تحرير ▸ تراجع يعيدها أيضًا.</translation>
    </message>
    <message>
        <source>Cannot delete the consultation</source>
        <translation>تعذّر حذف المشاورة</translation>
    </message>
    <message>
        <source>contribution no. {number}</source>
        <translation>المساهمة رقم {number}</translation>
    </message>
    <message numerus="yes">
        <source>these %n contribution(s)</source>
        <translation>
            <numerusform>لا مساهمات</numerusform>
            <numerusform>هذه المساهمة</numerusform>
            <numerusform>هاتان المساهمتان</numerusform>
            <numerusform>هذه المساهمات الـ%n</numerusform>
            <numerusform>هذه المساهمات الـ%n</numerusform>
            <numerusform>هذه المساهمات الـ%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contributions</source>
        <translation>حذف مساهمات</translation>
    </message>
    <message>
        <source>Move {what}, with their answers and attachments, to the trash?

Use this for contributions entered twice or by mistake. They stay in the trash for 30 days (File ▸ Trash…) and are no longer searched, counted or exported. Edit ▸ Undo puts them back too.</source>
        <translation>نقل {what} مع ردودها ومرفقاتها إلى سلة المحذوفات؟

استخدم هذا لمساهمات أُدخلت مرتين أو خطأً. تبقى في السلة 30 يومًا (ملف ▸ سلة المحذوفات…) ولا يُبحث فيها ولا تُحتسب ولا تُصدَّر. تحرير ▸ تراجع يعيدها أيضًا.</translation>
    </message>
    <message>
        <source>Cannot delete the contributions</source>
        <translation>تعذّر حذف المساهمات</translation>
    </message>
    <message>
        <source>Cannot save the consultation</source>
        <translation>تعذّر حفظ المشاورة</translation>
    </message>
    <message>
        <source>Contributions template</source>
        <translation>قالب المساهمات</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation>تعذّرت كتابة القالب</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_TRANSFER</name>
    <message>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation>استيراد مساهمات</translation>
    </message>
    <message>
        <source>Choose the consultation the contributions belong to first.</source>
        <translation>اختر أولًا المشاورة التي تنتمي إليها المساهمات.</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.txt *.json);;All files (*)</source>
        <translation>جداول بيانات وصادرات (*.csv *.xlsx *.txt *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>جارٍ قراءة الملف وفحصه…</translation>
    </message>
    <message>
        <source>Import contributions: nothing can be imported yet</source>
        <translation>استيراد مساهمات: لا يمكن استيراد شيء بعد</translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation>{source}: فُحص كل صف؛ ولم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Recognised as a &lt;b&gt;{layout}&lt;/b&gt;.</source>
        <translation>تم التعرّف عليه كـ&lt;b&gt;{layout}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{layout} {outcome} Nothing is written until you press Import; Edit ▸ Undo removes it afterwards.</source>
        <translation>{layout} {outcome} لا يُكتب شيء حتى تضغط «استيراد»؛ تحرير ▸ تراجع يزيله بعد ذلك.</translation>
    </message>
    <message>
        <source>Columns as you matched them.</source>
        <translation>الأعمدة كما طابقتها.</translation>
    </message>
    <message>
        <source>Columns matched as last time for these columns.</source>
        <translation>طوبقت الأعمدة كالمرة السابقة لهذه الأعمدة.</translation>
    </message>
    <message>
        <source>Every column has a name MSF Desk knows.</source>
        <translation>لكل عمود اسم يعرفه MSF Desk.</translation>
    </message>
    <message>
        <source>Import contributions: check before importing</source>
        <translation>استيراد مساهمات: راجع قبل الاستيراد</translation>
    </message>
    <message>
        <source>Importing {count:,} rows…</source>
        <translation>جارٍ استيراد {count:,} صف…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>أُلغي الاستيراد: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Edit ▸ Undo removes what this import added or changed.</source>
        <translation>&lt;br&gt;تحرير ▸ تراجع يزيل ما أضافه هذا الاستيراد أو غيّره.</translation>
    </message>
    <message>
        <source>Export the reasoned response</source>
        <translation>تصدير الرد المعلّل</translation>
    </message>
    <message>
        <source>The reasoned response</source>
        <translation>الرد المعلّل</translation>
    </message>
    <message>
        <source>Public: contributors named only with their consent</source>
        <translation>الجمهور: أصحاب المساهمات يُذكرون بموافقتهم فقط</translation>
    </message>
    <message>
        <source>Members: every name, marked where it must not be published</source>
        <translation>الأعضاء: كل الأسماء، مع تعليم ما لا يجوز نشره</translation>
    </message>
    <message>
        <source>Open data .csv</source>
        <translation>بيانات مفتوحة .csv</translation>
    </message>
    <message>
        <source>Open data .json</source>
        <translation>بيانات مفتوحة .json</translation>
    </message>
    <message>
        <source>Open data has the public fields only, whichever version you choose.</source>
        <translation>لا تحوي البيانات المفتوحة إلا الحقول العامة، أيًّا كانت النسخة المختارة.</translation>
    </message>
    <message>
        <source>Writing the reasoned response…</source>
        <translation>جارٍ كتابة الرد المعلّل…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s): {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>
            <numerusform>لم يُكتب أي ملف.</numerusform>
            <numerusform>كُتب ملف واحد: {files} — &lt;a href=&apos;{url}&apos;&gt;فتح المجلد&lt;/a&gt;</numerusform>
            <numerusform>كُتب ملفان: {files} — &lt;a href=&apos;{url}&apos;&gt;فتح المجلد&lt;/a&gt;</numerusform>
            <numerusform>كُتبت %n ملفات: {files} — &lt;a href=&apos;{url}&apos;&gt;فتح المجلد&lt;/a&gt;</numerusform>
            <numerusform>كُتب %n ملفًا: {files} — &lt;a href=&apos;{url}&apos;&gt;فتح المجلد&lt;/a&gt;</numerusform>
            <numerusform>كُتب %n ملف: {files} — &lt;a href=&apos;{url}&apos;&gt;فتح المجلد&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_STANDARDS_RECORDS</name>
    <message>
        <source>What the OGP standards look at beyond meetings, members and consultations. Changes here count in the check at once; each can be undone (Edit → Undo).</source>
        <translation>ما تنظر فيه معايير الشراكة من أجل الحكومة المفتوحة أبعد من الاجتماعات والأعضاء والمشاورات. تُحتسب التغييرات هنا في الفحص فورًا؛ ويمكن التراجع عن كل منها (تحرير ← تراجع).</translation>
    </message>
    <message>
        <source>OGP website</source>
        <translation>موقع الشراكة (OGP)</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>The address of the forum&apos;s OGP website or webpage</source>
        <translation>عنوان موقع المنتدى أو صفحته الخاصة بالشراكة من أجل الحكومة المفتوحة</translation>
    </message>
    <message>
        <source>Save the &amp;address</source>
        <translation>حفظ ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Action plans: co-creation, its timeline, implementation</source>
        <translation>خطط العمل: الإنشاء المشترك وجدوله الزمني والتنفيذ</translation>
    </message>
    <message>
        <source>Add an action plan…</source>
        <translation>إضافة خطة عمل…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Outreach and awareness activities</source>
        <translation>أنشطة التواصل والتوعية</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>إضافة نشاط…</translation>
    </message>
    <message>
        <source>Process documents (published in the repository when marked so)</source>
        <translation>وثائق العملية (تُنشر في المستودع عند تعليمها بذلك)</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>إضافة وثيقة…</translation>
    </message>
    <message>
        <source>Cannot record the address</source>
        <translation>تعذّر تسجيل العنوان</translation>
    </message>
    <message>
        <source>OGP website recorded.</source>
        <translation>سُجّل موقع الشراكة.</translation>
    </message>
    <message>
        <source>Cannot save the action plan</source>
        <translation>تعذّر حفظ خطة العمل</translation>
    </message>
    <message>
        <source>Cannot remove it</source>
        <translation>تعذّرت إزالته</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>تعذّر حفظ النشاط</translation>
    </message>
    <message>
        <source>Cannot add the document</source>
        <translation>تعذّرت إضافة الوثيقة</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>تعذّر تغيير الوثيقة</translation>
    </message>
    <message>
        <source>Cannot remove the document</source>
        <translation>تعذّرت إزالة الوثيقة</translation>
    </message>
    <message>
        <source>Removed “{title}”: the next repository export no longer publishes it (Edit → Undo puts it back).</source>
        <translation>أُزيلت «{title}»: لن ينشرها تصدير المستودع القادم (تحرير ← تراجع يعيدها).</translation>
    </message>
</context>
<context>
    <name>PAGES_TODAY</name>
    <message>
        <source>Reading what is due…</source>
        <translation>جارٍ قراءة ما هو مستحق…</translation>
    </message>
    <message>
        <source>A new forum, step by step: {done} of {total} done</source>
        <translation>منتدى جديد، خطوة بخطوة: أُنجز {done} من {total}</translation>
    </message>
    <message>
        <source>Nothing is due or late today.</source>
        <translation>لا يوجد اليوم شيء مستحق أو متأخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, {late} late. Double-click a line to act on it.</source>
        <translation>
            <numerusform>لا شيء مطلوب، {late} متأخرة. انقر نقرًا مزدوجًا على سطر للتصرّف.</numerusform>
            <numerusform>مهمة واحدة مطلوبة، {late} متأخرة. انقر نقرًا مزدوجًا على سطر للتصرّف.</numerusform>
            <numerusform>مهمتان مطلوبتان، {late} متأخرة. انقر نقرًا مزدوجًا على سطر للتصرّف.</numerusform>
            <numerusform>%n مهام مطلوبة، {late} متأخرة. انقر نقرًا مزدوجًا على سطر للتصرّف.</numerusform>
            <numerusform>%n مهمةً مطلوبة، {late} متأخرة. انقر نقرًا مزدوجًا على سطر للتصرّف.</numerusform>
            <numerusform>%n مهمة مطلوبة، {late} متأخرة. انقر نقرًا مزدوجًا على سطر للتصرّف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SESSION</name>
    <message>
        <source>{name} is open read-only.</source>
        <translation>{name} مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>{job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then try again. Nothing was changed.</source>
        <translation>لا تزال عملية {job} جارية وتكتب هذه السجلات. انتظر حتى تنتهي (أو ألغِها من شريط الحالة)، ثم حاول مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>{read_only_reason} Nothing was changed.</source>
        <translation>{read_only_reason} لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{edit}” cannot be undone now: {job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then undo again. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن «{edit}» الآن: لا تزال عملية {job} جارية وتكتب هذه السجلات. انتظر حتى تنتهي (أو ألغِها من شريط الحالة)، ثم تراجع مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>“{edit}” cannot be redone now: {job} is still running and writes these records. Wait until it ends (or cancel it in the status bar), then redo again. Nothing was changed.</source>
        <translation>لا يمكن إعادة «{edit}» الآن: لا تزال عملية {job} جارية وتكتب هذه السجلات. انتظر حتى تنتهي (أو ألغِها من شريط الحالة)، ثم أعد التنفيذ مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>{job} is still running. Wait until it ends, then try again. Nothing was changed.</source>
        <translation>لا تزال عملية {job} جارية. انتظر حتى تنتهي، ثم حاول مرة أخرى. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Doing: {edit}…</source>
        <translation>جارٍ التنفيذ: {edit}…</translation>
    </message>
    <message>
        <source>Undoing: {edit}…</source>
        <translation>جارٍ التراجع: {edit}…</translation>
    </message>
    <message>
        <source>Redoing: {edit}…</source>
        <translation>جارٍ إعادة التنفيذ: {edit}…</translation>
    </message>
</context>
<context>
    <name>SHORTCUTS</name>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Meetings page</source>
        <translation>صفحة الاجتماعات</translation>
    </message>
    <message>
        <source>Meetings page, agenda tab</source>
        <translation>صفحة الاجتماعات، تبويب جدول الأعمال</translation>
    </message>
    <message>
        <source>Members page, in the table</source>
        <translation>صفحة الأعضاء، في الجدول</translation>
    </message>
    <message>
        <source>Minutes page</source>
        <translation>صفحة المحاضر</translation>
    </message>
    <message>
        <source>Minutes page, attendance list</source>
        <translation>صفحة المحاضر، قائمة الحضور</translation>
    </message>
    <message>
        <source>In a date field</source>
        <translation>في حقل تاريخ</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>منتدى جديد</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>فتح منتدى</translation>
    </message>
    <message>
        <source>Save a copy of the forum</source>
        <translation>حفظ نسخة من المنتدى</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>اختصارات لوحة المفاتيح (هذه القائمة)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>نقل بند جدول الأعمال إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>نقل بند جدول الأعمال إلى الأسفل</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Remove the member entered by mistake</source>
        <translation>إزالة العضو المُدخَل خطأً</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>The current agenda item</source>
        <translation>بند جدول الأعمال الحالي</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation>الملخص والتعديلات</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>بند جدول الأعمال التالي</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>بند جدول الأعمال السابق</translation>
    </message>
    <message>
        <source>Add a decision to the current item</source>
        <translation>إضافة قرار إلى البند الحالي</translation>
    </message>
    <message>
        <source>Add an action (also while typing the notes)</source>
        <translation>إضافة إجراء (حتى أثناء كتابة الملاحظات)</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>تصدير المحضر</translation>
    </message>
    <message>
        <source>In person, then the next name</source>
        <translation>حضوريًا، ثم الاسم التالي</translation>
    </message>
    <message>
        <source>Remote, then the next name</source>
        <translation>عن بُعد، ثم الاسم التالي</translation>
    </message>
    <message>
        <source>Apologies, then the next name</source>
        <translation>معتذر، ثم الاسم التالي</translation>
    </message>
    <message>
        <source>Absent, then the next name</source>
        <translation>غائب، ثم الاسم التالي</translation>
    </message>
    <message>
        <source>Open the calendar (or F4)</source>
        <translation>فتح التقويم (أو F4)</translation>
    </message>
</context>
<context>
    <name>SIDEBAR</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>الأخلاقيات</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>المستودع</translation>
    </message>
</context>
<context>
    <name>WIDGETS_BOARD_BOOK</name>
    <message>
        <source>What the forum should come away with, in a sentence or two</source>
        <translation>ما ينبغي أن يخرج به المنتدى، في جملة أو جملتين</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Printed at the top of the pack and the notice.</source>
        <translation>يُطبع في أعلى الملف والإشعار.</translation>
    </message>
    <message>
        <source>Tabled: distributed at the meeting, not with the pack</source>
        <translation>تُقدَّم في الاجتماع: توزَّع أثناء الاجتماع لا مع الملف</translation>
    </message>
    <message>
        <source>A break (coffee, lunch): timed, with no number, paper or decision</source>
        <translation>استراحة (قهوة، غداء): محددة المدة، بلا رقم ولا وثيقة ولا قرار</translation>
    </message>
    <message>
        <source>Board book: bind the papers this audience may read into the PDF (PDF and, where LibreOffice is installed, Word papers; the others listed with the reason)</source>
        <translation>الملف المجمَّع: ضمّ الوثائق التي يجوز لهذا الجمهور قراءتها إلى ملف PDF (ملفات PDF، وملفات Word حيث يتوفر LibreOffice؛ والباقي مدرج مع السبب)</translation>
    </message>
    <message>
        <source>Version {version}, of {day}</source>
        <translation>النسخة {version}، بتاريخ {day}</translation>
    </message>
</context>
<context>
    <name>WIDGETS_CONFLICTS</name>
    <message>
        <source>Note for the minutes (e.g. left the room for the item)</source>
        <translation>ملاحظة للمحضر (مثلًا: غادر القاعة أثناء البند)</translation>
    </message>
    <message>
        <source>Record recusal</source>
        <translation>تسجيل التنحي</translation>
    </message>
    <message>
        <source>Record waiver</source>
        <translation>تسجيل الإعفاء</translation>
    </message>
    <message>
        <source>The co-chairs allowed the member to take part despite the interest.</source>
        <translation>أذن الرئيسان المشاركان للعضو بالمشاركة رغم المصلحة.</translation>
    </message>
    <message>
        <source>Record declaration</source>
        <translation>تسجيل الإقرار</translation>
    </message>
    <message>
        <source>The member declared the interest at the meeting.</source>
        <translation>أقرّ العضو بالمصلحة في الاجتماع.</translation>
    </message>
    <message>
        <source>Reading the potential conflicts of interest…</source>
        <translation>جارٍ قراءة حالات تضارب المصالح المحتملة…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions flagged:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;القرارات المعلَّمة:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Choose a meeting to see potential conflicts of interest.</source>
        <translation>اختر اجتماعًا لرؤية حالات تضارب المصالح المحتملة.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>هذا البند</translation>
    </message>
    <message>
        <source>this agenda</source>
        <translation>جدول الأعمال هذا</translation>
    </message>
    <message>
        <source>No potential conflict of interest on {where}, from the interests members have declared and the organisations and topics the items name.</source>
        <translation>لا تضارب مصالح محتمل في {where}، استنادًا إلى المصالح التي أقرّ بها الأعضاء والجهات والمواضيع التي تذكرها البنود.</translation>
    </message>
    <message numerus="yes">
        <source>%n potential conflict(s) of interest on {where}</source>
        <translation>
            <numerusform>لا تضارب مصالح محتمل في {where}</numerusform>
            <numerusform>تضارب مصالح محتمل واحد في {where}</numerusform>
            <numerusform>حالتا تضارب مصالح محتملتان في {where}</numerusform>
            <numerusform>%n حالات تضارب مصالح محتملة في {where}</numerusform>
            <numerusform>%n حالة تضارب مصالح محتملة في {where}</numerusform>
            <numerusform>%n حالة تضارب مصالح محتملة في {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) flagged</source>
        <translation>
            <numerusform>لا قرارات معلَّمة</numerusform>
            <numerusform>قرار واحد معلَّم</numerusform>
            <numerusform>قراران معلَّمان</numerusform>
            <numerusform>%n قرارات معلَّمة</numerusform>
            <numerusform>%n قرارًا معلَّمًا</numerusform>
            <numerusform>%n قرار معلَّم</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked.</source>
        <translation>محضر هذا الاجتماع معتمد ومقفل.</translation>
    </message>
    <message>
        <source>Cannot record it</source>
        <translation>تعذّر تسجيله</translation>
    </message>
</context>
<context>
    <name>WIDGETS_DASHBOARD_CHARTS</name>
    <message>
        <source>Forum meetings per quarter</source>
        <translation>اجتماعات المنتدى في كل ربع سنة</translation>
    </message>
    <message>
        <source>held</source>
        <comment>meetings in a quarter</comment>
        <translation>منعقدة</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>meetings in a quarter</comment>
        <translation>مخطَّطة</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Parity over time</source>
        <translation>التكافؤ عبر الزمن</translation>
    </message>
    <message>
        <source>government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>non-government</source>
        <translation>غير الحكومي</translation>
    </message>
    <message>
        <source>uneven</source>
        <translation>عدم التكافؤ</translation>
    </message>
    <message>
        <source>Time to answer contributions</source>
        <translation>مدة الرد على المساهمات</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>ضمن المهلة</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>working days to answer (target {response_target}); {open_overdue} overdue and open</source>
        <translation>أيام عمل للرد (الهدف {response_target})؛ {open_overdue} متأخرة ومفتوحة</translation>
    </message>
</context>
<context>
    <name>WIDGETS_DATES</name>
    <message>
        <source>Type the date as {format} or YYYY-MM-DD, or pick it from the calendar (the button at the right, or Alt+Down).</source>
        <translation>اكتب التاريخ بالصيغة {format} أو YYYY-MM-DD، أو اختره من التقويم (الزر في الطرف، أو Alt+سهم لأسفل).</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
</context>
<context>
    <name>WIDGETS_FOLDERS</name>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
</context>
<context>
    <name>WIDGETS_FORMS</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>WIDGETS_HOLIDAYS</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>العطلة</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>العطلات الرسمية</translation>
    </message>
    <message>
        <source>Days the forum&apos;s offices are closed: the year planner proposes no meeting on them, and answers do not fall due on them.</source>
        <translation>أيام تُغلق فيها مكاتب المنتدى: لا يقترح مخطِّط السنة أي اجتماع فيها، ولا يحلّ فيها موعد أي رد.</translation>
    </message>
    <message>
        <source>Name, e.g. Labour Day</source>
        <translation>الاسم، مثل عيد العمال</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Type the day, as {format}, or pick it from the calendar.</source>
        <translation>اكتب اليوم بالصيغة {format} أو اختره من التقويم.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_JOBS_BAR</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop this work; nothing is written</source>
        <translation>إيقاف هذا العمل؛ لا يُكتب شيء</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title}: جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>{title}: writing {name} ({n} of {count})</source>
        <translation>{title}: جارٍ كتابة {name} ({n} من {count})</translation>
    </message>
    <message>
        <source>{title}: writing {name}</source>
        <translation>{title}: جارٍ كتابة {name}</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PAPER_VERSIONS</name>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>تاريخ الاستبدال</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (الحالي)</translation>
    </message>
    <message>
        <source>still current</source>
        <translation>لا يزال ساريًا</translation>
    </message>
    <message>
        <source>Versions circulated</source>
        <translation>الإصدارات المعمَّمة</translation>
    </message>
    <message>
        <source>Earlier versions stay in the forum&apos;s storage, as they were sent.</source>
        <translation>تبقى الإصدارات السابقة في مخزن المنتدى كما أُرسلت.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>No program here opens {name}; it is stored at {path}.</source>
        <translation>لا يوجد على هذا الجهاز برنامج يفتح {name}؛ وهو محفوظ في {path}.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_CHART</name>
    <message>
        <source>{filled} of {target}</source>
        <translation>{filled} من {target}</translation>
    </message>
    <message>
        <source>Seats by side — {sides}. By sector — {sectors}.</source>
        <translation>المقاعد حسب الجانب — {sides}. حسب القطاع — {sectors}.</translation>
    </message>
    <message>
        <source>By side</source>
        <translation>حسب الجانب</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>حسب القطاع</translation>
    </message>
    <message>
        <source>No voting seats are filled.</source>
        <translation>لا مقاعد تصويت مشغولة.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_PANEL</name>
    <message numerus="yes">
        <source>{filled} of %n seat(s) filled</source>
        <translation>
            <numerusform>{filled} من %n مقعد مشغولة</numerusform>
            <numerusform>{filled} من مقعد واحد مشغول</numerusform>
            <numerusform>{filled} من مقعدين مشغولة</numerusform>
            <numerusform>{filled} من %n مقاعد مشغولة</numerusform>
            <numerusform>{filled} من %n مقعدًا مشغولة</numerusform>
            <numerusform>{filled} من %n مقعد مشغولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) filled</source>
        <translation>
            <numerusform>لا مقاعد مشغولة</numerusform>
            <numerusform>مقعد واحد مشغول</numerusform>
            <numerusform>مقعدان مشغولان</numerusform>
            <numerusform>%n مقاعد مشغولة</numerusform>
            <numerusform>%n مقعدًا مشغولًا</numerusform>
            <numerusform>%n مقعد مشغول</numerusform>
        </translation>
    </message>
    <message>
        <source>Parity on</source>
        <translation>التكافؤ في</translation>
    </message>
    <message>
        <source>Look at the balance of seats on another date</source>
        <translation>انظر توازن المقاعد في تاريخ آخر</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation>المقاعد الحكومية</translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation>المقاعد غير الحكومية</translation>
    </message>
    <message>
        <source>Coming changes</source>
        <translation>التغييرات القادمة</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation>غير الحكومي</translation>
    </message>
    <message>
        <source>How the balance moves as terms end and start over the next two years from {day}.</source>
        <translation>كيف يتحرّك التوازن مع انتهاء الولايات وبدئها خلال السنتين القادمتين من {day}.</translation>
    </message>
    <message>
        <source>No seat changes hands in the next two years.</source>
        <translation>لا ينتقل أي مقعد إلى شاغل جديد خلال السنتين القادمتين.</translation>
    </message>
</context>
<context>
    <name>WIDGETS_ZONES</name>
    <message>
        <source>Type a city or region, e.g. Paris</source>
        <translation>اكتب مدينة أو منطقة، مثل باريس</translation>
    </message>
    <message>
        <source>The time zone of the meeting&apos;s place; type part of its name to find it.</source>
        <translation>المنطقة الزمنية لمكان الاجتماع؛ اكتب جزءًا من اسمها للعثور عليها.</translation>
    </message>
</context>
<context>
    <name>WORDS</name>
    <message>
        <source>{day}, {start} to {end_day}, {end} ({zone})</source>
        <translation>{day}، {start} إلى {end_day}، {end} ({zone})</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} ({zone})</source>
        <translation>{day}، {start}–{end} ({zone})</translation>
    </message>
    <message>
        <source>Monthly while the Action Plan is in development</source>
        <translation>شهريًا أثناء إعداد خطة العمل</translation>
    </message>
    <message numerus="yes">
        <source>At least every %n month(s)</source>
        <translation>
            <numerusform>مرة كل %n شهر على الأقل</numerusform>
            <numerusform>مرة كل شهر على الأقل</numerusform>
            <numerusform>مرة كل شهرين على الأقل</numerusform>
            <numerusform>مرة كل %n أشهر على الأقل</numerusform>
            <numerusform>مرة كل %n شهرًا على الأقل</numerusform>
            <numerusform>مرة كل %n شهر على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>members present</source>
        <translation>الأعضاء الحاضرين</translation>
    </message>
    <message>
        <source>all active members</source>
        <translation>جميع الأعضاء العاملين</translation>
    </message>
    <message>
        <source>Qualified majority ({fraction} of {base})</source>
        <translation>أغلبية موصوفة ({fraction} من {base})</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>الأغلبية</translation>
    </message>
    <message>
        <source>Mixed (consensus; vote by exception)</source>
        <translation>مختلطة (التوافق؛ والتصويت استثناءً)</translation>
    </message>
    <message>
        <source>The pack for “{title}” ({day}) has not been sent; the notice was due by {due}.</source>
        <translation>لم يُرسَل ملف «{title}» ({day})؛ وكان موعد إرسال الدعوة في {due} على الأكثر.</translation>
    </message>
    <message>
        <source>“{title}” ({day}) is past: record it as held, cancelled or postponed.</source>
        <translation>«{title}» ({day}) قد مضى: سجِّله منعقدًا أو ملغى أو مؤجَّلًا.</translation>
    </message>
</context>
<context>
    <name>WORKERS</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
</TS>
