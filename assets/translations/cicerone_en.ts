<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
