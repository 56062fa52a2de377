#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace herald {

// Installs Herald's and Qt's own translations for `language` ("de", "fr", "en"; empty: the system's), in
// place of those installed before. The catalogues are embedded in herald_core (translations/), so the
// desktop app and herald-cli speak the same languages. Returns the language actually used ("en" when there
// is no translation for it).
QString installTranslations(QCoreApplication &app, const QString &language);

// The languages Herald ships, as locale names.
QStringList availableLanguages();

} // namespace herald
