#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace herald::ui {

// Installs Herald's and Qt's own translations for `language` ("de", "fr", "en"; empty: the system's).
// Returns the language actually used ("en" when there is no translation for it).
QString installTranslations(QCoreApplication &app, const QString &language);

// The languages Herald ships, as locale names.
QStringList availableLanguages();

} // namespace herald::ui
