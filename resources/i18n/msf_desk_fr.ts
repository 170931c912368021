<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>APP</name>
    <message>
        <source>Welcome to MSF Desk</source>
        <translation>Bienvenue dans MSF Desk</translation>
    </message>
    <message>
        <source>This is the first time MSF Desk has run here.

Would you like to start with the demo forum (a forum full of sample records to explore)? Choose No to start your own, empty forum.</source>
        <translation>C&apos;est la première fois que MSF Desk s&apos;ouvre ici.

Voulez-vous commencer par le forum de démonstration (un forum rempli d&apos;exemples à explorer) ? Choisissez Non pour commencer votre propre forum, vide.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>Impossible d&apos;ouvrir le forum</translation>
    </message>
</context>
<context>
    <name>DIALOGS_ABOUT</name>
    <message>
        <source>About MSF Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:16px&apos;&gt;{version_line}&lt;/b&gt;&lt;br&gt;The secretariat&apos;s desk for a multi-stakeholder forum: membership and parity, meetings, minutes, ethics, reasoned responses and the public repository. Works offline; each forum is one file on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qt_line}&lt;br&gt;{python_line}&lt;br&gt;Forums are kept in: {user_data_dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence file found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts in the PDFs it writes&lt;/b&gt;: {families}, under {names}. The licence as shipped with the fonts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_BACKUPS</name>
    <message>
        <source>MSF Desk forum (*.msf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: no damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: {item0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>MSF Desk keeps backups of &lt;b&gt;{name}&lt;/b&gt; in &lt;b&gt;{name2}&lt;/b&gt; beside it: one when the forum is opened and at most every 15 minutes while you edit; the last 10, and one a day for 30 days. Each is checked for damage again below.&lt;br&gt;&lt;br&gt;Restoring writes the backup into a &lt;b&gt;new file&lt;/b&gt;; the open forum is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup of {taken}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into {path}.

Open it now? The forum open now is left as it is; you can open it again from File → Open recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_ETHICS</name>
    <message numerus="yes">
        <source>Please put right the %n problem(s) marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New version of the ethics statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the ethics statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, for the record (e.g. adds a rule on gifts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are asked to sign the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from MSF Desk&apos;s text around the seven principles of public life, and adapt it to the forum&apos;s rules and sanctions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signature of the ethics statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed confirmation by the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned file (PDF or image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s own words (from their e-mail or typed by them). Kept on the forum&apos;s record only; never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Open Budget Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it should not be published (e.g. concerns a relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it as written on agenda items: conflicts are found by matching names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interests appear in the published register; forum-only ones never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the declaration of interests — {member_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New declaration of interests — {member_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture on that day: the newest declaration replaces the earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the member concerned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The co-chairs, after hearing the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the forum&apos;s rules: no sanction, a warning, a suspension or removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removal ends {who}&apos;s term the day before the decision date: they leave the forum&apos;s seats and the parity count. Edit ▸ Undo puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the member concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public: public interests only, names as the privacy settings allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the forum: includes interests kept within the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_HISTORY</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a name, a computer, a word of what was done, a date (e.g. Mar 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made in this forum, through the window, the command line or an import. The history is for the secretariat: it is never part of a public export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_IMPORTS</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s): nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first %n row(s) as they will be stored&lt;/b&gt; (hover a cell for all of it):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left unused: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_MAIL</name>
    <message>
        <source>E-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}: check it and press Send in your mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens e-mail files (.eml). Open {name} from your mail client, or attach the files to a new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the e-mail draft into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign the ethics statement: {n} member(s) in Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign, with no e-mail address ({n}): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To declare their interests: {n} member(s) in Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To declare, with no e-mail address ({n}): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} member(s) in Bcc; the draft minutes (PDF and Word) attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the minutes by other means: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} member(s) in Bcc; the invitation (.ics) and the members&apos; pack attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address ({n}), to be sent the notice by other means: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail draft: none of the members has an e-mail address. The notice (.txt) and the invitation (.ics) are written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEETINGS</name>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer remote participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or dial-in instructions (members only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {chair_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: on the public calendar and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Heure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} “{title}” ({day}). Members and the public see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, in a sentence: members and the public will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. budget; procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations concerned, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Objet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation type="unfinished">Présenté par</translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item (general paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IANA name, e.g. Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The co-chairs may alternate meeting by meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question for the forum per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics and organisations help find conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished">Diffusion</translation>
    </message>
    <message>
        <source>Withheld and confidential papers are listed in the public pack without content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into the forum&apos;s storage (at most 200 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; SHA-256 {sha256}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the members&apos; pack annex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the paper&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file at {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size_text}; papers can be at most 200 MB: give a link as the reference instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file or give a reference (a link or citation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both co-chairs approve the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One co-chair approves the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}
Approved so far by: {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no serving co-chair to approve the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitation (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice as an e-mail draft to members (Bcc), with the invitation and the members&apos; pack attached, and open it in your mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation type="unfinished">Copier un ordre du jour</translation>
    </message>
    <message>
        <source>Copy the items (not the papers) of an earlier meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add after the current items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a year of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum meets {frequency_text}. The planner proposes forum meetings on working days, away from holidays, so that no gap is longer than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid this date too:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the kept meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date to avoid, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoiding: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {day} is a {weekday}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to propose: every period of the year already has a forum meeting, or the year is past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With these meetings, no gap around {year} is longer than %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the meeting pack</source>
        <translation type="unfinished">Exporter le dossier de séance</translation>
    </message>
    <message>
        <source>Members: everything; withheld papers marked as such</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: withheld and confidential papers listed without content; no contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose Word, PDF or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEMBERS</name>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side follows the sector; tick to set it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes in the forum&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has decision-making authority (e.g. minister&apos;s point of contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Appointed by the Minister of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to have their name published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the seat holder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term en&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they left, for a member who resigned or was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they were chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or appointed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private contact (never published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please put right the %n field(s) marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a selection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Civil society seats — open call 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the call was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who ran the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advertised in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_MINUTES</name>
    <message>
        <source>Add a guest or observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name may appear in the public minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when the person asked not to be named: the public version then shows only the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the guest&apos;s name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the meeting as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>From item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>These minutes are approved: only the status can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recused member is left out of the count for this item&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of that meeting, unless it was later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once approved, the minutes are locked: nothing in them can change. A correction is then a dated amendment. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forum meeting after this one is recorded as held on or before today. Minutes are approved at a regular or extraordinary meeting that has taken place: record it as held on the Meetings page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the meeting at which the forum approved them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet agreed at a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions register (all meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: the full record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: approved minutes only; names only where they may be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_RESPONSES</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer contribution no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;overdue&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: in words the contributor will understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The forum; the secretariat with the co-chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · received {received_on} by {channel_label} · from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Due {due_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: today, {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment it became or fed into, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional while the contribution is under consideration; it stays open and keeps counting towards its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: every outcome but &apos;under consideration&apos; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Draft commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document people comment on, e.g. Draft Action Plan v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns were mapped the last time a file with the same columns was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSF Desk recognised the columns it could. Check them and map the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSF Desk does not recognise this layout with certainty, so it proposes the matching below: check every column (the text is required) before the rows are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contributions: match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing into &lt;b&gt;{consultation}&lt;/b&gt;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each column of the file holds. The contribution text is required; every other field is optional.&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field in MSF Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source} has %n problem(s), so nothing was imported. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file (or the column matching) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answer %n contribution(s) at once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One answer for &lt;b&gt;%n&lt;/b&gt; contribution(s): {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in words the contributors will understand (reasons given before are in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reasoned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: contributors named only with their consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: every name, marked where it must not be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data has the public fields only, whichever version you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contribution no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for an anonymous contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributor agrees to have their name published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Commitment 3, paragraph 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_STANDARDS</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Implementation starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation e&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline published on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day co-creation began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the plan was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the co-creation timeline went online (due two weeks before co-creation starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the action plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline address should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was reached, and how (published in the compliance report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the activity took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the process document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is kept with the forum&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the document bears (published, adopted or issued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language tag: en, fr, es, pt-BR …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish it in the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the secretariat; never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DIALOGS_TRASH</name>
    <message>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptied after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, papers, declarations of interest, consultations and contributions you delete wait here for 30 days, then the trash is emptied. Nothing in the trash is shown on the pages, searched or exported. Restoring puts a record back as it was, with what was deleted with it (Edit ▸ Undo sends it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ERRORS</name>
    <message>
        <source>Something went wrong that MSF Desk did not expect. Your saved records are safe: every change is saved whole or not at all.

Details for support: {name__}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KEEPER</name>
    <message>
        <source>Saving to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MAIN_WINDOW</name>
    <message>
        <source>MSF Desk forum (*.msf *.db *.sqlite);;All files (*)</source>
        <translation>Forum MSF Desk (*.msf *.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>&amp;Nouveau forum…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Qui a modifié quoi, et quand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MSF Desk</source>
        <translation>&amp;À propos de MSF Desk</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>The window will be in {language} when MSF Desk next starts; close it and open it again to change now.</source>
        <translation>La fenêtre sera en {language} au prochain démarrage de MSF Desk ; fermez-la et rouvrez-la pour changer maintenant.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Open a forum file or create a new one from the File menu.</source>
        <translation>Ouvrez un fichier de forum ou créez-en un nouveau depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Cannot open the forum</source>
        <translation>Impossible d&apos;ouvrir le forum</translation>
    </message>
    <message>
        <source>{file} was left locked by {who} ({since}) when MSF Desk ended without closing it; the lock has been taken over.</source>
        <translation>{file} était resté verrouillé par {who} ({since}) quand MSF Desk s’est arrêté sans le fermer ; le verrou a été repris.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who} ({since}), so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} est ouvert en modification par {who} ({since}) ; il est donc ouvert ici en lecture seule : vous pouvez lire et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>{file} is open for editing by {who}, so it is open read-only here: you can read and export, but not change anything.</source>
        <translation>{file} est ouvert en modification par {who} ; il est donc ouvert ici en lecture seule : vous pouvez lire et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>The forum is in use</source>
        <translation>Le forum est en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to edit</source>
        <translation>Essayer de modifier</translation>
    </message>
    <message>
        <source>Open the forum for editing if the other person has closed it</source>
        <translation>Ouvrir le forum en modification si l’autre personne l’a fermé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Still in use: {who} has it open.</source>
        <translation>Toujours utilisé : {who} l’a ouvert.</translation>
    </message>
    <message>
        <source>{file} is open for editing.</source>
        <translation>{file} est ouvert en modification.</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved. Save them?</source>
        <translation>{what} comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them?</source>
        <translation>Cette page comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a forum</source>
        <translation>Ouvrir un forum</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose a different file from the one that is open.</source>
        <translation>Choisissez un fichier autre que celui qui est ouvert.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
    <message>
        <source>{what} did not work: {message}</source>
        <translation>{what} n’a pas fonctionné : {message}</translation>
    </message>
    <message>
        <source>The trash could not be emptied: {error}</source>
        <translation>La corbeille n’a pas pu être vidée : {error}</translation>
    </message>
    <message>
        <source>MSF Desk found damage in {file}. SQLite reports:</source>
        <translation>MSF Desk a trouvé des dommages dans {file}. SQLite signale :</translation>
    </message>
    <message>
        <source>Records may be missing or wrong, and saving more work into this file is not safe.</source>
        <translation>Des enregistrements peuvent manquer ou être faux, et il n’est pas sûr de continuer à enregistrer dans ce fichier.</translation>
    </message>
    <message>
        <source>The forum could not be shown, and was closed without changes.</source>
        <translation>Le forum n’a pas pu être affiché et a été fermé sans modification.</translation>
    </message>
    <message>
        <source>The forum file is damaged</source>
        <translation>Le fichier du forum est endommagé</translation>
    </message>
    <message>
        <source>Restore a backup into a new file and carry on in that one. The newest backup: {when} ({kind}).</source>
        <translation>Restaurez une sauvegarde dans un nouveau fichier et poursuivez dans celui-ci. La sauvegarde la plus récente : {when} ({kind}).</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>There is no backup of this forum yet. Save a copy of it as it is (File → Save a copy) and ask for help before changing anything.</source>
        <translation>Il n’existe encore aucune sauvegarde de ce forum. Enregistrez-en une copie telle quelle (Fichier → Enregistrer une copie) et demandez de l’aide avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Open the forum whose backup you want first (File → Open).</source>
        <translation>Ouvrez d’abord le forum dont vous voulez la sauvegarde (Fichier → Ouvrir).</translation>
    </message>
</context>
<context>
    <name>MODELS_ETHICS</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation type="unfinished">Charte d&apos;éthique</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation type="unfinished">Déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>To do: {things}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed confirmation: {confirmation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan stored as {stored_path}
SHA-256 {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept within the forum: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Point</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in a decision: flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (interest kept within the forum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_IMPORTS</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_MEETINGS</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Convocation due le</translation>
    </message>
    <message>
        <source>  (not public)</source>
        <translation>  (non publique)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>
Overdue: the notice deadline has passed.</source>
        <translation>
En retard : le délai de convocation est dépassé.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>
Runs past the meeting&apos;s end.</source>
        <translation>
Dépasse la fin de la réunion.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>File or reference</source>
        <translation>Fichier ou référence</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added {day}</source>
        <translation>Ajouté le {day}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Pourquoi cette date</translation>
    </message>
</context>
<context>
    <name>MODELS_MEMBERS</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Alternate for {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ended on {term_end}: update the status or the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The term ends on {term_end}, in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Has not agreed to have their name published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status_label} on {status_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gov. : non-gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {on}: {government} government, {non_government} non-government seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertised: {advertised}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by: {led_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_MINUTES</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{presence} — keys: P in person, R remote, A apologies, X absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished">N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Point</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source> — overdue {days} d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_REPOSITORY</name>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_RESPONSES</name>
    <message>
        <source>No.</source>
        <translation type="unfinished">N°</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to publish the name: the public sees {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Individual&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: not answered by its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_STANDARDS</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (forum only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MODELS_TODAY</name>
    <message>
        <source>Notice and pack</source>
        <translation>Convocation et dossier de séance</translation>
    </message>
    <message>
        <source>Meeting to record</source>
        <translation>Réunion à consigner</translation>
    </message>
    <message>
        <source>Minutes to circulate</source>
        <translation>Procès-verbal à diffuser</translation>
    </message>
    <message>
        <source>Minutes to approve</source>
        <translation>Procès-verbal à approuver</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>Procès-verbal à publier</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Declaration of interests</source>
        <translation>Déclaration d&apos;intérêts</translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation>Charte d&apos;éthique</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parité</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt public</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>
Double-click to open the place to act.</source>
        <translation>
Double-cliquez pour ouvrir l&apos;endroit où agir.</translation>
    </message>
</context>
<context>
    <name>PAGES_AGENDA_EDITOR</name>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up), or drag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down), or drag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation type="unfinished">Points permanents</translation>
    </message>
    <message>
        <source>Add the forum&apos;s standing items (welcome, declarations of interest, previous minutes, matters arising, any other business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the items of an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Withheld as pre-decision&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;background:#f8c9c4&apos;&gt;&amp;nbsp;Confidential&amp;nbsp;&lt;/span&gt;&amp;nbsp; listed in the public pack without content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished">Ordre du jour</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished">Documents</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meeting selected&lt;/h3&gt;Choose a meeting in the list or the calendar, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Minutes approved:&lt;/b&gt; this meeting, its agenda and papers are locked as approved. A correction is a dated amendment to the minutes.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (sent)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote participation: {remote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers due {papers_due} · notice due {notice_due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent {notice_sent_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: add items, the standing items, or copy an earlier agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at {end_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {spare} minutes before the meeting&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda sent&lt;/b&gt; with the notice on {agenda_sent_on}. Changes now are listed as dated revisions in the next pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda approved&lt;/b&gt; by {done}. Ready to send with the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft agenda&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: approved by {done};</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> waiting for {waiting}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_ETHICS</name>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics statement</source>
        <translation type="unfinished">Charte d&apos;éthique</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reminder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of interests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#d6efd8&apos;&gt;&amp;nbsp;Green&amp;nbsp;&lt;/span&gt; up to date &amp;nbsp; &lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; to sign or due soon &amp;nbsp; &lt;span style=&apos;background:#f6c1bd&apos;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; missing or overdue. Double-click a member to see their declarations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a signature entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form pre-filled with what is on record, to print and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations (newest last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Réunion</translation>
    </message>
    <message>
        <source>Found by matching the organisations and topics each agenda item names against the interests members have declared (not their seat&apos;s organisation). Recusals, waivers and declarations made at the meeting are recorded in its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations that a member broke the ethics statement, how they were handled and the sanction under the forum&apos;s rules. A removal ends the member&apos;s term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) to remind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody needs a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum has not adopted an ethics statement yet. Choose “New version…” to start from MSF Desk&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed by: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the declaration of {made_on} made by {member_id}?

Use this for a declaration entered by mistake; a change of interests is a new declaration. It goes to the trash for 30 days (File ▸ Trash…); you can also undo it with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics reminders, {today}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by every member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No declaration on record: choose “New declaration…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s) kept within the forum (never published).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All these interests appear in the public register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot adopt the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}&apos;s signature of version {statement_version}?

Use this for a signature entered by mistake. You can undo it with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry from the breach register?

Use this for an entry made by mistake; a removal already applied to the member stays (edit the member to reinstate them). You can undo it with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the reminder list (%n member(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register of interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics compliance summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {names} in {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_FORUM</name>
    <message>
        <source>The forum profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides must be present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both co-chairs approve agendas and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Action Plan is being developed (meet monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish members&apos; names (otherwise organisations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2/3 or 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the rule in your own words, published as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or region a local forum serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting times are shown in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it may decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sets the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation type="unfinished">Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Declarations renewed every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Réunions</translation>
    </message>
    <message>
        <source>Meets at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice and papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a meeting that papers go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer questions within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For parity both should be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished">Documents</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n day(s) before each meeting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; names are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations only are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: put right the %n field(s) marked in red</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the forum profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS</name>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Plan a year…</source>
        <translation>Planifier une année…</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Consigner comme tenue</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>À venir seulement</translation>
    </message>
    <message>
        <source>&lt;b&gt;All meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toutes les réunions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); target: {target}.</source>
        <translation>
            <numerusform>%n réunion ; objectif : {target}.</numerusform>
            <numerusform>%n réunions ; objectif : {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>notice sent {notice_sent_on}</source>
        <translation>convocation envoyée le {notice_sent_on}</translation>
    </message>
    <message>
        <source>agenda approved, notice due by {due}</source>
        <translation>ordre du jour approuvé, convocation à envoyer avant le {due}</translation>
    </message>
    <message>
        <source>agenda in draft, notice due by {due}</source>
        <translation>projet d&apos;ordre du jour, convocation à envoyer avant le {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is planned.&lt;/b&gt; Use “Plan a year…” to propose a calendar.</source>
        <translation>&lt;b&gt;Aucune réunion n’est prévue.&lt;/b&gt; Utilisez « Planifier une année… » pour proposer un calendrier.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Regularity: {gaps}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Régularité : {gaps}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next meeting:&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}); {state}.</source>
        <translation>&lt;b&gt;Prochaine réunion :&lt;/b&gt; &lt;a href=&apos;meeting:{id}&apos;&gt;{title}&lt;/a&gt;, {time} ({when}) ; {state}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;Late&lt;/a&gt;: {what}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;⚠ &lt;a href=&apos;meeting:{id}&apos;&gt;En retard&lt;/a&gt; : {what}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;Regularity: {summary}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;Régularité : {summary}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Conflicts of interest ({count})</source>
        <translation>Conflits d&apos;intérêts ({count})</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: it can no longer be changed.</source>
        <translation>Le procès-verbal de cette réunion est approuvé : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Cannot add the meeting</source>
        <translation>Impossible d&apos;ajouter la réunion</translation>
    </message>
    <message>
        <source>Cannot save the meeting</source>
        <translation>Impossible d&apos;enregistrer la réunion</translation>
    </message>
    <message>
        <source>Cannot change the meeting&apos;s status</source>
        <translation>Impossible de changer le statut de la réunion</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete “{title}” ({day}) with its agenda and papers&apos; records?

Use this for a meeting entered by mistake; a meeting that was announced is cancelled instead. You can undo this.</source>
        <translation>Supprimer « {title} » ({day}) avec son ordre du jour et la liste de ses documents ?

À utiliser pour une réunion saisie par erreur ; une réunion annoncée s’annule plutôt. Vous pouvez annuler cette suppression.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Impossible de supprimer la réunion</translation>
    </message>
    <message>
        <source>Cannot create the meetings</source>
        <translation>Impossible de créer les réunions</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s). Undo (Ctrl+Z) takes them all back.</source>
        <translation>
            <numerusform>%n réunion planifiée. Annuler (Ctrl+Z) les retire toutes.</numerusform>
            <numerusform>%n réunions planifiées. Annuler (Ctrl+Z) les retire toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>Impossible d&apos;ajouter le point</translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation>Impossible d&apos;enregistrer le point</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>Impossible de retirer le point</translation>
    </message>
    <message>
        <source>Cannot reorder the agenda</source>
        <translation>Impossible de réordonner l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Points permanents</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copier un ordre du jour</translation>
    </message>
    <message>
        <source>There is no earlier meeting to copy from.</source>
        <translation>Il n&apos;y a pas de réunion antérieure à copier.</translation>
    </message>
    <message>
        <source>Cannot copy the agenda</source>
        <translation>Impossible de copier l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Cannot record the approval</source>
        <translation>Impossible d&apos;enregistrer l&apos;approbation</translation>
    </message>
    <message>
        <source>Cannot record the notice</source>
        <translation>Impossible d&apos;enregistrer la convocation</translation>
    </message>
    <message>
        <source>E-mail the notice</source>
        <translation>Envoyer la convocation par courriel</translation>
    </message>
    <message>
        <source>Writing the notice, the members&apos; pack and the e-mail draft…</source>
        <translation>Rédaction de la convocation, du dossier des membres et du brouillon de courriel…</translation>
    </message>
    <message>
        <source>Cannot add the paper</source>
        <translation>Impossible d&apos;ajouter le document</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>Impossible d&apos;enregistrer le document</translation>
    </message>
    <message>
        <source>Cannot remove the paper</source>
        <translation>Impossible de retirer le document</translation>
    </message>
    <message>
        <source>Cannot export the pack</source>
        <translation>Impossible d&apos;exporter le dossier de séance</translation>
    </message>
    <message>
        <source>Writing the {audience}&apos; pack ({formats})…</source>
        <translation>Rédaction du dossier de séance ({audience}) ({formats})…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Export the meeting pack</source>
        <translation>Exporter le dossier de séance</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation>{files} écrit(s) dans {folder}.</translation>
    </message>
    <message>
        <source>Export the public calendar</source>
        <translation>Exporter le calendrier public</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Rédaction du calendrier…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n public meeting(s)).</source>
        <translation>
            <numerusform>{file} écrit (%n réunion publique).</numerusform>
            <numerusform>{file} écrit (%n réunions publiques).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MEMBERS</name>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a member entered by mistake. A member who leaves keeps their record: edit their status instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members from a .csv or .xlsx file (or drop it on this page): you see them as they will be stored first; all or nothing; undoable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7b0&apos;&gt;&amp;nbsp;Amber&amp;nbsp;&lt;/span&gt; term ends within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a round to see its candidates and outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selection round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How seats were filled: open calls, elections in electoral colleges, appointments. Non-government seats should be filled through a process the non-government side leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round to see its candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Membres</translation>
    </message>
    <message>
        <source>Selection rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} members shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No candidates recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}; the filters hide them from the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the forum&apos;s records?

Use this for a member entered by mistake. A member who resigned, was removed or reached the end of their term keeps their record: edit their status instead.

The record goes to the trash for 30 days (File ▸ Trash…); you can also undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the selection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members: nothing can be imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members: check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n member(s) to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {source}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES</name>
    <message>
        <source>Start the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the draft went to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum approved them at a later meeting; this locks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated correction to approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail draft to members with the draft minutes attached, and open it in your mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+↑/↓ item · Ctrl+1 attendance · Ctrl+2 item · Ctrl+3 actions · Ctrl+4 summary · Ctrl+D decision · Ctrl+Shift+A action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Point</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary of the meeting (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Amendments after approval&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the minutes to take attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Matters arising&lt;/b&gt;: %n open action(s) from earlier meetings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#c62828&apos;&gt;{late} overdue&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting to minute yet: meetings appear here from their day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} — no minutes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} — draft circulated to members on {circulated_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} — minutes {status_label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {title} ({formats})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on {approved_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, published on {published_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. These minutes are locked: a correction is a dated amendment (Amend…). Actions can still be marked done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the draft minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the draft minutes and the e-mail draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as circulated to members today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the minutes are now locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as published today. Export the public version for the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment recorded; it appears in every later export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public may read these minutes once they are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed meeting&apos;s minutes are for members only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished">Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation type="unfinished">{files} écrit(s) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ACTIONS</name>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ATTENDANCE</name>
    <message>
        <source>In person (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternates sit for the member they cover when that member is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests are listed as present: remove a guest who did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members stay on the list: mark them absent instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ITEMS</name>
    <message>
        <source>What was said: paragraphs, and lines starting with - for bullets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the forum decided (or was asked to decide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session 1
Group 1 (facilitator)
A theme
- a point
Commitments
- Commitment 2: a point on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item of the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — open actions from earlier meetings are under Actions (Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No breakout groups for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No declarations on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s rule: {rule_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum agrees …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_PLACEHOLDER</name>
    <message>
        <source>{page} is not yet available in this version of MSF Desk.</source>
        <translation>{page} n’est pas encore disponible dans cette version de MSF Desk.</translation>
    </message>
</context>
<context>
    <name>PAGES_REPOSITORY</name>
    <message>
        <source>Repository exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Zip: {zip_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;{size:.1f} MB, written in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included (file missing from the forum&apos;s storage): {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included (stored outside the forum&apos;s storage folder): {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file is as it was: there is nothing new to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Repository and the standards&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}. Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Showing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything the forum publishes into a folder to upload to its website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a .&amp;zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;compliance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where the forum stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records for the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minimum_text} &lt;i&gt;(* a basic requirement of a starred process)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;{title}. Source: {source}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum_name} as of {today}: {counts}&lt;br&gt;{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum is assessed against at least one framework; choose another before leaving this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot choose the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed against: {frameworks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has not been exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exported on {on} to {folder} ({files} files). Export again by {due} at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;&lt;span style=&quot;background:{name}; color:{name2}; font-weight:bold&quot;&gt;&amp;nbsp;{status_label}&amp;nbsp;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;The standard:&lt;/b&gt; {standard}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{evidence}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What to do next:&lt;/b&gt; {next_step}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the repository into a folder (an empty one, or the last export&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the public repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: the previous package is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the repository to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the compliance report into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the compliance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished">Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}.</source>
        <translation type="unfinished">{files} écrit(s) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES</name>
    <message>
        <source>&lt;h2&gt;Responses&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished">Supprimer…</translation>
    </message>
    <message>
        <source>Move this consultation, with its contributions and answers, to the trash (kept 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contributions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .csv or .xlsx file (or drop it on this page): platforms&apos; own exports are recognised; you see the rows as they will be stored first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text, names, themes and reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer many ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One outcome and reason for many contributions at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in this theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All duplicates of this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected contributions to the trash (kept 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published overview: per theme, what people asked for and what the forum did and why. It becomes the &quot;what we heard | what we did and why&quot; table of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What we heard&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few sentences: what people asked for on this theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What we did and why&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the forum did with it, and the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · on {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(no consent: the public sees “{public_contributor}”)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No. {id}&lt;/b&gt; · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Withdrawn by its author on {withdrawn_on}&lt;/b&gt;: nothing to answer, never overdue.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Imported from {source_platform}: {source_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, answering {source_parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — answered {answered_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — due {due_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by {decided_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment: {commitment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: {len:,} not answered by their due date ({response_working_days} working days after receipt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: {len:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{opens} to {closes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;{channels} · {contributions:,} contributions · {answered:,} answered ({answered_late:,} late) · {overdue:,} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Double-click one to answer it. Names in grey: no consent to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;Select a contribution to see it in full.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. A newer export of the same platform updates it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of no. {duplicate_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into no. {merged_into}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a consultation to see and write its summary by theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due within {DUE_SOON_WORKING_DAYS} working days&lt;/b&gt;: none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_ANSWERS</name>
    <message>
        <source>Cannot save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every contribution not yet answered in the theme “{theme}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every duplicate of no. {current} not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answered %n contribution(s): {outcome}. Edit ▸ Undo gives each back the answer it had.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{name}”, with all its contributions and their answers, to the trash?

It stays there for 30 days (File ▸ Trash…) and no longer appears anywhere, nor in any export. Edit ▸ Undo puts it back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>these %n contribution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what}, with their answers and attachments, to the trash?

Use this for contributions entered twice or by mistake. They stay in the trash for 30 days (File ▸ Trash…) and are no longer searched, counted or exported. Edit ▸ Undo puts them back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_TRANSFER</name>
    <message>
        <source>Responses</source>
        <translation type="unfinished">Réponses</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the consultation the contributions belong to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contributions: nothing can be imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: every row was checked; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as a &lt;b&gt;{layout}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layout} {outcome} Nothing is written until you press Import; Edit ▸ Undo removes it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {len:,} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns as you matched them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns matched as last time for these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column has a name MSF Desk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contributions: check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Edit ▸ Undo removes what this import added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reasoned response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s): {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_STANDARDS_RECORDS</name>
    <message>
        <source>What the OGP standards look at beyond meetings, members and consultations. Changes here count in the check at once; each can be undone (Edit → Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGP website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the forum&apos;s OGP website or webpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans: co-creation, its timeline, implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach and awareness activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process documents (published in the repository when marked so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGP website recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{title}”: the next repository export no longer publishes it (Edit → Undo puts it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAGES_TODAY</name>
    <message>
        <source>A new forum, step by step: {done} of {total} done</source>
        <translation>Un nouveau forum, pas à pas : {done} sur {total} faits</translation>
    </message>
    <message>
        <source>Nothing is due or late today.</source>
        <translation>Rien n&apos;est dû ni en retard aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, {late} late. Double-click a line to act on it.</source>
        <translation>
            <numerusform>%n chose à faire, {late} en retard. Double-cliquez sur une ligne pour agir.</numerusform>
            <numerusform>%n choses à faire, {late} en retard. Double-cliquez sur une ligne pour agir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SESSION</name>
    <message>
        <source>{name} is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{read_only_reason} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SIDEBAR</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbaux</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Éthique</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt public</translation>
    </message>
</context>
<context>
    <name>WIDGETS_CONFLICTS</name>
    <message>
        <source>Note for the minutes (e.g. left the room for the item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The co-chairs allowed the member to take part despite the interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member declared the interest at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions flagged:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to see potential conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No potential conflict of interest on {where}, from the interests members have declared and the organisations and topics the items name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n potential conflict(s) of interest on {where}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) flagged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WIDGETS_DASHBOARD_CHARTS</name>
    <message>
        <source>Forum meetings per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days to answer (target {response_target}); {open_overdue} overdue and open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WIDGETS_FIELDS</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WIDGETS_FORMS</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_CHART</name>
    <message>
        <source>{filled} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats by side — {sides}. By sector — {sectors}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voting seats are filled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_PANEL</name>
    <message>
        <source>{filled} of {target} seats filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filled} seats filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the balance of seats on another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Government seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-government seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the balance moves as terms end and start over the next two years from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat changes hands in the next two years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WORKERS</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
