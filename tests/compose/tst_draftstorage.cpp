#include "compose/BuiltinTemplates.h"
#include "compose/DraftAutosave.h"
#include "compose/DraftFile.h"
#include "compose/TemplateStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herald::compose;

namespace {

Draft everyField()
{
    Draft d;
    d.kind = Draft::Kind::Notification;
    d.title = u"Title {givenName} — ✓"_qs;
    d.importance = Draft::Importance::Urgent;
    d.alert = false;
    d.mentionRecipient = true;
    d.imageUrl = u"https://cdn.example.com/a.png"_qs;
    d.welcome = {u"why"_qs, u"offers"_qs, u"next"_qs, {u"Go"_qs, u"https://a.example.com"_qs}};
    d.notification.whatHappened = u"happened\nline two"_qs;
    d.notification.subject = u"subject"_qs;
    d.notification.subjectUrl = u"https://s.example.com"_qs;
    d.notification.actor = u"山田 太郎"_qs;
    d.notification.actions = u"- do this\n- or that"_qs;
    d.notification.buttons = {{u"A"_qs, u"https://a.example.com"_qs}, {u"B"_qs, u"mailto:b@example.com"_qs}};
    d.notification.optOut = u"opt out"_qs;
    d.notification.subjectLabel = u"Betreff"_qs;
    d.notification.actorLabel = u"Von"_qs;
    d.cardJson = u"{ not json yet"_qs;
    return d;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class tst_DraftStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void cardIsStoredAsJsonWhenItParses();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void minimalFileUsesDefaults();
    void fileRoundTrip();
    void unreadableFiles();
    void autosaveIsDebouncedAndFlushedOnClose();
    void autosaveRestore();
    void templatesSaveRenameDelete();
    void builtInTemplatesAreProtected();
    void templatesImportExport();
};

void tst_DraftStorage::jsonRoundTrip()
{
    const Draft d = everyField();
    const auto back = Draft::fromJson(d.toJson());
    QVERIFY(back.ok());
    QVERIFY(*back == d);
    QCOMPARE(d.toJson().value(u"format"_qs).toString(), u"herald.draft"_qs);
    QCOMPARE(d.toJson().value(u"version"_qs).toInt(), 1);
}

void tst_DraftStorage::cardIsStoredAsJsonWhenItParses()
{
    Draft d = BuiltinTemplates::card();
    const QJsonObject json = d.toJson();
    QVERIFY(json.value(u"card"_qs).isObject());
    const auto back = Draft::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(QJsonDocument::fromJson(back->cardJson.toUtf8()), QJsonDocument::fromJson(d.cardJson.toUtf8()));
    d.cardJson = u"{ half"_qs;
    QCOMPARE(d.toJson().value(u"card"_qs).toString(), u"{ half"_qs);
}

void tst_DraftStorage::fromJsonRefuses_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("word");
    QTest::newRow("other format") << uR"j({"format":"something.else"})j"_qs << u"not a Herald draft"_qs;
    QTest::newRow("newer version") << uR"j({"version":2})j"_qs << u"newer Herald"_qs;
    QTest::newRow("unknown kind") << uR"j({"kind":"poll"})j"_qs << u"poll"_qs;
    QTest::newRow("unknown importance") << uR"j({"importance":"critical"})j"_qs << u"critical"_qs;
    QTest::newRow("card not an object") << uR"j({"card":[1]})j"_qs << u"card"_qs;
}

void tst_DraftStorage::fromJsonRefuses()
{
    QFETCH(QString, json);
    QFETCH(QString, word);
    const auto d = Draft::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.contains(word), qPrintable(d.error().message));
}

void tst_DraftStorage::minimalFileUsesDefaults()
{
    const auto d =
        Draft::fromJson(QJsonDocument::fromJson(R"({"kind":"notification","title":"x"})").object());
    QVERIFY(d.ok());
    QCOMPARE(d->kind, Draft::Kind::Notification);
    QCOMPARE(d->importance, Draft::Importance::Normal);
    QVERIFY(d->alert);
    QVERIFY(!d->mentionRecipient);
    QVERIFY(d->notification.buttons.isEmpty());
}

void tst_DraftStorage::fileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/draft.json"_qs);
    QVERIFY(DraftFile::save(path, everyField()).ok());
    const auto back = DraftFile::load(path);
    QVERIFY(back.ok());
    QVERIFY(*back == everyField());
}

void tst_DraftStorage::unreadableFiles()
{
    QTemporaryDir dir;
    auto missing = DraftFile::load(dir.filePath(u"missing.json"_qs));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"could not open"_qs));
    writeFile(dir.filePath(u"bad.json"_qs), "{\"kind\": ");
    auto bad = DraftFile::load(dir.filePath(u"bad.json"_qs));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"not valid JSON"_qs));
    writeFile(dir.filePath(u"array.json"_qs), "[]");
    QVERIFY(!DraftFile::load(dir.filePath(u"array.json"_qs)).ok());
}

void tst_DraftStorage::autosaveIsDebouncedAndFlushedOnClose()
{
    QTemporaryDir dir;
    const QString path = DraftAutosave::defaultPath(dir.path());
    QVERIFY(path.endsWith(u"drafts/current.json"_qs));
    {
        DraftAutosave autosave(path, 50);
        QSignalSpy saved(&autosave, &DraftAutosave::saved);
        Draft d;
        d.title = u"one"_qs;
        autosave.schedule(d);
        d.title = u"two"_qs;
        autosave.schedule(d);
        QVERIFY(!QFile::exists(path));
        QVERIFY(autosave.hasPending());
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(DraftFile::load(path)->title, u"two"_qs);
        d.title = u"three"_qs;
        autosave.schedule(d); // pending when the view closes
    }
    QCOMPARE(DraftFile::load(path)->title, u"three"_qs);
}

void tst_DraftStorage::autosaveRestore()
{
    QTemporaryDir dir;
    DraftAutosave autosave(DraftAutosave::defaultPath(dir.path()));
    auto none = autosave.restore();
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    autosave.schedule(everyField());
    QVERIFY(autosave.flush().ok());
    auto some = autosave.restore();
    QVERIFY(some.ok());
    QVERIFY(some->has_value());
    QVERIFY(**some == everyField());
    writeFile(autosave.path(), "garbage");
    QVERIFY(!autosave.restore().ok());
}

void tst_DraftStorage::templatesSaveRenameDelete()
{
    QTemporaryDir dir;
    TemplateStore store(TemplateStore::directoryIn(dir.path()));
    const int builtIns = int(BuiltinTemplates::all().size());
    QCOMPARE(store.list().size(), builtIns);

    QVERIFY(store.save(u"Quarterly / Q3: \"numbers\""_qs, everyField()).ok());
    QVERIFY(store.save(u"alpha"_qs, BuiltinTemplates::welcome()).ok());
    auto all = store.list();
    QCOMPARE(all.size(), builtIns + 2);
    QCOMPARE(all.at(builtIns).name, u"alpha"_qs); // user templates sorted by name, after the built-ins
    QCOMPARE(all.at(builtIns + 1).name, u"Quarterly / Q3: \"numbers\""_qs);
    QVERIFY(store.get(u"Quarterly / Q3: \"numbers\""_qs)->draft == everyField());

    QVERIFY(store.save(u"alpha"_qs, everyField()).ok()); // replaces
    QCOMPARE(store.list().size(), builtIns + 2);
    QVERIFY(store.get(u"alpha"_qs)->draft == everyField());

    QVERIFY(store.rename(u"alpha"_qs, u"beta"_qs).ok());
    QVERIFY(!store.contains(u"alpha"_qs));
    QVERIFY(store.get(u"beta"_qs)->draft == everyField());
    const auto clash = store.rename(u"beta"_qs, u"Quarterly / Q3: \"numbers\""_qs);
    QVERIFY(!clash.ok());
    QVERIFY(clash.error().message.contains(u"already"_qs));
    QVERIFY(!store.rename(u"gamma"_qs, u"delta"_qs).ok());
    QVERIFY(!store.save(u"  "_qs, everyField()).ok());

    QVERIFY(store.remove(u"beta"_qs).ok());
    QVERIFY(!store.contains(u"beta"_qs));
    QVERIFY(!store.remove(u"beta"_qs).ok());
    QCOMPARE(store.list().size(), builtIns + 1);
}

void tst_DraftStorage::builtInTemplatesAreProtected()
{
    QTemporaryDir dir;
    TemplateStore store(TemplateStore::directoryIn(dir.path()));
    const QString builtIn = BuiltinTemplates::all().constFirst().name;
    QVERIFY(store.get(builtIn)->builtIn);
    QVERIFY(!store.save(builtIn, everyField()).ok());
    QVERIFY(!store.rename(builtIn, u"mine"_qs).ok());
    QVERIFY(!store.remove(builtIn).ok());
    QVERIFY(store.get(builtIn)->draft == BuiltinTemplates::welcome());
}

void tst_DraftStorage::templatesImportExport()
{
    QTemporaryDir dir;
    TemplateStore store(TemplateStore::directoryIn(dir.path()));
    QVERIFY(store.save(u"Launch"_qs, everyField()).ok());
    const QString exported = dir.filePath(u"out/launch.json"_qs);
    QVERIFY(store.exportTo(u"Launch"_qs, exported).ok());

    // Importing it back keeps the content and finds a free name.
    auto imported = store.importFile(exported);
    QVERIFY(imported.ok());
    QCOMPARE(*imported, u"Launch (2)"_qs);
    QVERIFY(store.get(u"Launch (2)"_qs)->draft == everyField());

    // A plain draft file (no name) takes the file's name; a draft named like a built-in is renamed.
    const QString plain = dir.filePath(u"Town hall.json"_qs);
    QVERIFY(DraftFile::save(plain, BuiltinTemplates::notification()).ok());
    QCOMPARE(*store.importFile(plain), u"Town hall"_qs);
    QJsonObject named = BuiltinTemplates::welcome().toJson();
    named.insert(u"name"_qs, BuiltinTemplates::all().constFirst().name);
    writeFile(dir.filePath(u"named.json"_qs), QJsonDocument(named).toJson());
    QCOMPARE(*store.importFile(dir.filePath(u"named.json"_qs)),
             BuiltinTemplates::all().constFirst().name + u" (2)"_qs);

    writeFile(dir.filePath(u"bad.json"_qs), "{\"kind\":\"poll\"}");
    auto bad = store.importFile(dir.filePath(u"bad.json"_qs));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"poll"_qs));
    QVERIFY(!store.exportTo(u"nope"_qs, dir.filePath(u"x.json"_qs)).ok());
}

QTEST_GUILESS_MAIN(tst_DraftStorage)
#include "tst_draftstorage.moc"
