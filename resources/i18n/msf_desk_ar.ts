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
    <name>PAGES_PLACEHOLDER</name>
    <message>
        <source>{page} is not yet available in this version of MSF Desk.</source>
        <translation>{page} غير متاح بعد في هذا الإصدار من MSF Desk.</translation>
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
</TS>
