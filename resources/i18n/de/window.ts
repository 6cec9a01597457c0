<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>LanguageMenuWords</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Sprache des Systems ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Skin Journal will use {language} from its next start.</source>
        <translation>Skin Journal verwendet {language} ab dem nächsten Start.</translation>
    </message>
</context>
</TS>