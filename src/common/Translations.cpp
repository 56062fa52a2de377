#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace herald {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

namespace {

const QString kTranslatorName = QStringLiteral("heraldTranslator");

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    return translator;
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    // A second call (the settings' language, after --help was shown in the system's) replaces the first.
    const QList<QTranslator *> before =
        app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    qDeleteAll(before); // each removes itself from the application
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *herald = newTranslator(app);
    if (!herald->load(locale, QStringLiteral("herald"), QStringLiteral("_"),
                      QStringLiteral(":/herald/i18n"))) {
        // English, whose catalogue holds only the plural forms ("1 team", "2 teams").
        if (herald->load(QStringLiteral(":/herald/i18n/herald_en.qm")))
            QCoreApplication::installTranslator(herald);
        else
            delete herald;
        QLocale::setDefault(QLocale(QLocale::English));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(herald);
    // Qt's own strings (standard buttons, dialogs) in the same language, when the system has them.
    auto *qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace herald
