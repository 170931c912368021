<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>COMMANDS_MEETINGS</name>
    <message numerus="yes">
        <source>plan %n meeting(s)</source>
        <translation>
            <numerusform>plan %n meeting</numerusform>
            <numerusform>plan %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_MEMBERS</name>
    <message numerus="yes">
        <source>import %n member(s) from {source}</source>
        <translation>
            <numerusform>import %n member from {source}</numerusform>
            <numerusform>import %n members from {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>COMMANDS_RESPONSES</name>
    <message numerus="yes">
        <source>import %n contribution(s) from {source}</source>
        <translation>
            <numerusform>import %n contribution from {source}</numerusform>
            <numerusform>import %n contributions from {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and update %n</source>
        <translation>
            <numerusform> and update %n</numerusform>
            <numerusform> and update %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer %n contribution(s): {outcome}</source>
        <translation>
            <numerusform>answer %n contribution: {outcome}</numerusform>
            <numerusform>answer %n contributions: {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n contribution(s)</source>
        <translation>
            <numerusform>delete %n contribution</numerusform>
            <numerusform>delete %n contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_ETHICS</name>
    <message numerus="yes">
        <source>Please put right the %n problem(s) marked in red.</source>
        <translation>
            <numerusform>Please put right the %n problem marked in red.</numerusform>
            <numerusform>Please put right the %n problems marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_EXPORT</name>
    <message numerus="yes">
        <source>Wrote %n file(s) in {folder}.</source>
        <translation>
            <numerusform>Wrote %n file in {folder}.</numerusform>
            <numerusform>Wrote %n files in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_HISTORY</name>
    <message numerus="yes">
        <source>%n in {records}</source>
        <translation>
            <numerusform>%n in {records}</numerusform>
            <numerusform>%n in {records}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} of %n change</numerusform>
            <numerusform>{shown} of %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_IMPORTS</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s): nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem: nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</numerusform>
            <numerusform>&lt;b&gt;%n problems: nothing will be imported.&lt;/b&gt; Correct the file (or the column matching) and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first %n row(s) as they will be stored&lt;/b&gt; (hover a cell for all of it):</source>
        <translation>
            <numerusform>&lt;b&gt;The first %n row as they will be stored&lt;/b&gt; (hover a cell for all of it):</numerusform>
            <numerusform>&lt;b&gt;The first %n rows as they will be stored&lt;/b&gt; (hover a cell for all of it):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_MAIL</name>
    <message numerus="yes">
        <source>To sign the ethics statement: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>To sign the ethics statement: %n member in Bcc.</numerusform>
            <numerusform>To sign the ethics statement: %n members in Bcc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To declare their interests: %n member(s) in Bcc.</source>
        <translation>
            <numerusform>To declare their interests: %n member in Bcc.</numerusform>
            <numerusform>To declare their interests: %n members in Bcc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the draft minutes (PDF and Word) attached.</source>
        <translation>
            <numerusform>%n member in Bcc; the draft minutes (PDF and Word) attached.</numerusform>
            <numerusform>%n members in Bcc; the draft minutes (PDF and Word) attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in Bcc; the invitation (.ics) and the members&apos; pack attached.</source>
        <translation>
            <numerusform>%n member in Bcc; the invitation (.ics) and the members&apos; pack attached.</numerusform>
            <numerusform>%n members in Bcc; the invitation (.ics) and the members&apos; pack attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_MEMBERS</name>
    <message numerus="yes">
        <source>Please put right the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Please put right the %n field marked in red.</numerusform>
            <numerusform>Please put right the %n fields marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_PLANNING</name>
    <message numerus="yes">
        <source>With these meetings, no gap around {year} is longer than %n month(s).</source>
        <translation>
            <numerusform>With these meetings, no gap around {year} is longer than %n month.</numerusform>
            <numerusform>With these meetings, no gap around {year} is longer than %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DIALOGS_RESPONSES</name>
    <message numerus="yes">
        <source>{source} has %n problem(s), so nothing was imported. </source>
        <translation>
            <numerusform>{source} has %n problem, so nothing was imported. </numerusform>
            <numerusform>{source} has %n problems, so nothing was imported. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer %n contribution(s) at once</source>
        <translation>
            <numerusform>Answer %n contribution at once</numerusform>
            <numerusform>Answer %n contributions at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One answer for &lt;b&gt;%n&lt;/b&gt; contribution(s): {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>One answer for &lt;b&gt;%n&lt;/b&gt; contribution: {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</numerusform>
            <numerusform>One answer for &lt;b&gt;%n&lt;/b&gt; contributions: {what}. Each keeps its own record; Edit ▸ Undo gives each back the answer it had.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_MEMBERS</name>
    <message numerus="yes">
        <source>The term ends on {term_end}, in %n day(s).</source>
        <translation>
            <numerusform>The term ends on {term_end}, in %n day.</numerusform>
            <numerusform>The term ends on {term_end}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n vote)</numerusform>
            <numerusform>(%n votes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MODELS_MINUTES</name>
    <message numerus="yes">
        <source> — %n day(s) overdue</source>
        <translation>
            <numerusform> — %n day overdue</numerusform>
            <numerusform> — %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_AGENDA_EDITOR</name>
    <message numerus="yes">
        <source>Ends at {end}, %n minute(s) before the meeting&apos;s end.</source>
        <translation>
            <numerusform>Ends at {end}, %n minute before the meeting&apos;s end.</numerusform>
            <numerusform>Ends at {end}, %n minutes before the meeting&apos;s end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_ETHICS</name>
    <message numerus="yes">
        <source>%n member(s) to remind.</source>
        <translation>
            <numerusform>%n member to remind.</numerusform>
            <numerusform>%n members to remind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interest(s) kept within the forum (never published).</source>
        <translation>
            <numerusform>%n interest kept within the forum (never published).</numerusform>
            <numerusform>%n interests kept within the forum (never published).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the reminder list (%n member(s)).</source>
        <translation>
            <numerusform>Copied the reminder list (%n member).</numerusform>
            <numerusform>Copied the reminder list (%n members).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_FORUM</name>
    <message numerus="yes">
        <source>Sent %n day(s) before each meeting</source>
        <translation>
            <numerusform>Sent %n day before each meeting</numerusform>
            <numerusform>Sent %n days before each meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: put right the %n field(s) marked in red</source>
        <translation>
            <numerusform>Not saved: put right the %n field marked in red</numerusform>
            <numerusform>Not saved: put right the %n fields marked in red</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MEETINGS</name>
    <message numerus="yes">
        <source>%n meeting(s); target: {target}.</source>
        <translation>
            <numerusform>%n meeting; target: {target}.</numerusform>
            <numerusform>%n meetings; target: {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s). Undo (Ctrl+Z) takes them all back.</source>
        <translation>
            <numerusform>Planned %n meeting. Undo (Ctrl+Z) takes them all back.</numerusform>
            <numerusform>Planned %n meetings. Undo (Ctrl+Z) takes them all back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n public meeting(s)).</source>
        <translation>
            <numerusform>Wrote {file} (%n public meeting).</numerusform>
            <numerusform>Wrote {file} (%n public meetings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MEMBERS</name>
    <message numerus="yes">
        <source>{shown} of %n member(s) shown</source>
        <translation>
            <numerusform>{shown} of %n member shown</numerusform>
            <numerusform>{shown} of %n members shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n member(s) to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</source>
        <translation>
            <numerusform>{source}: %n member to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</numerusform>
            <numerusform>{source}: %n members to add, all or nothing. Nothing is written until you press Import; Edit ▸ Undo removes them afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s)…</source>
        <translation>
            <numerusform>Importing %n member…</numerusform>
            <numerusform>Importing %n members…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {source}.</source>
        <translation>
            <numerusform>Imported %n member from {source}.</numerusform>
            <numerusform>Imported %n members from {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Matters arising&lt;/b&gt;: %n open action(s) from earlier meetings</source>
        <translation>
            <numerusform>&lt;b&gt;Matters arising&lt;/b&gt;: %n open action from earlier meetings</numerusform>
            <numerusform>&lt;b&gt;Matters arising&lt;/b&gt;: %n open actions from earlier meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_MINUTES_ITEMS</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_REPOSITORY</name>
    <message numerus="yes">
        <source>Last exported on {on} to {folder} (%n file(s)). Export again by {due} at the latest.</source>
        <translation>
            <numerusform>Last exported on {on} to {folder} (%n file). Export again by {due} at the latest.</numerusform>
            <numerusform>Last exported on {on} to {folder} (%n files). Export again by {due} at the latest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES</name>
    <message numerus="yes">
        <source>%n consultation(s) · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</source>
        <translation>
            <numerusform>%n consultation · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</numerusform>
            <numerusform>%n consultations · {total:,} contributions · {overdue:,} overdue. Choose a consultation to edit it, import into it or export its report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_ANSWERS</name>
    <message numerus="yes">
        <source>Answered %n contribution(s): {outcome}. Edit ▸ Undo gives each back the answer it had.</source>
        <translation>
            <numerusform>Answered %n contribution: {outcome}. Edit ▸ Undo gives each back the answer it had.</numerusform>
            <numerusform>Answered %n contributions: {outcome}. Edit ▸ Undo gives each back the answer it had.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>these %n contribution(s)</source>
        <translation>
            <numerusform>these %n contribution</numerusform>
            <numerusform>these %n contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_RESPONSES_TRANSFER</name>
    <message numerus="yes">
        <source>Wrote %n file(s): {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>
            <numerusform>Wrote %n file: {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</numerusform>
            <numerusform>Wrote %n files: {files} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PAGES_TODAY</name>
    <message numerus="yes">
        <source>%n thing(s) to do, {late} late. Double-click a line to act on it.</source>
        <translation>
            <numerusform>%n thing to do, {late} late. Double-click a line to act on it.</numerusform>
            <numerusform>%n things to do, {late} late. Double-click a line to act on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WIDGETS_CONFLICTS</name>
    <message numerus="yes">
        <source>%n potential conflict(s) of interest on {where}</source>
        <translation>
            <numerusform>%n potential conflict of interest on {where}</numerusform>
            <numerusform>%n potential conflicts of interest on {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) flagged</source>
        <translation>
            <numerusform>%n decision flagged</numerusform>
            <numerusform>%n decisions flagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WIDGETS_PARITY_PANEL</name>
    <message numerus="yes">
        <source>{filled} of %n seat(s) filled</source>
        <translation>
            <numerusform>{filled} of %n seat filled</numerusform>
            <numerusform>{filled} of %n seats filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) filled</source>
        <translation>
            <numerusform>%n seat filled</numerusform>
            <numerusform>%n seats filled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WORDS</name>
    <message numerus="yes">
        <source>At least every %n month(s)</source>
        <translation>
            <numerusform>At least every month</numerusform>
            <numerusform>At least every %n months</numerusform>
        </translation>
    </message>
</context>
</TS>
