<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BudgetBar</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>{name}: %n stop(s), planned {planned}.</source>
        <translation>
            <numerusform>{name}: %n stop, planned {planned}.</numerusform>
            <numerusform>{name}: %n stops, planned {planned}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{visited} of %n stop(s)</source>
        <translation>
            <numerusform>{visited} of %n stop</numerusform>
            <numerusform>{visited} of %n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>F5 AGAIN within %n s starts a new show (Esc cancels)</source>
        <translation>
            <numerusform>F5 AGAIN within %n s starts a new show (Esc cancels)</numerusform>
            <numerusform>F5 AGAIN within %n s starts a new show (Esc cancels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesSearchPane</name>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message numerus="yes">
        <source>Took {languages} off the tour with the translations of %n stop(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Took {languages} off the tour with the translation of %n stop. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Took {languages} off the tour with the translations of %n stops. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n stop(s) from {name} to {title}</source>
        <translation>
            <numerusform>Added %n stop from {name} to {title}</numerusform>
            <numerusform>Added %n stops from {name} to {title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stop(s) into {title}</source>
        <translation>
            <numerusform>Imported %n stop into {title}</numerusform>
            <numerusform>Imported %n stops into {title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n minimum(s) from the fastest rehearsals</source>
        <translation>
            <numerusform>Set %n minimum from the fastest rehearsals</numerusform>
            <numerusform>Set %n minimums from the fastest rehearsals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n planned duration(s) from the rehearsal</source>
        <translation>
            <numerusform>Set %n planned duration from the rehearsal</numerusform>
            <numerusform>Set %n planned durations from the rehearsal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message numerus="yes">
        <source>{time} (of %n rehearsal(s))</source>
        <translation>
            <numerusform>{time} (of %n rehearsal)</numerusform>
            <numerusform>{time} (of %n rehearsals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSheetLabels</name>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourList</name>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
</TS>
