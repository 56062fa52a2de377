#include "AppSettings.h"

namespace herald {

namespace {

const QString kSchema = QStringLiteral("settings/schemaVersion");
const QString kLanguage = QStringLiteral("settings/language");
const QString kGlobalRps = QStringLiteral("settings/globalRequestsPerSecond");
const QString kTimeout = QStringLiteral("settings/requestTimeoutMs");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kCurrentPage = QStringLiteral("window/currentPage");
const QString kLayoutGroup = QStringLiteral("layout/");

} // namespace

AppSettings::AppSettings(const QString &settingsPath)
    : m_settings(settingsPath, QSettings::IniFormat)
{
    // Forward migrations go here when the schema changes; version 1 is the first.
    if (m_settings.value(kSchema, 0).toInt() < SchemaVersion)
        m_settings.setValue(kSchema, SchemaVersion);
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(kLanguage);
    else
        m_settings.setValue(kLanguage, language);
}

double AppSettings::globalRequestsPerSecond() const
{
    const double rps = m_settings.value(kGlobalRps, 50.0).toDouble();
    return rps >= 1.0 && rps <= 1000.0 ? rps : 50.0;
}

void AppSettings::setGlobalRequestsPerSecond(double rps)
{
    m_settings.setValue(kGlobalRps, rps);
}

int AppSettings::requestTimeoutMs() const
{
    const int ms = m_settings.value(kTimeout, 30000).toInt();
    return ms >= 1000 && ms <= 600000 ? ms : 30000;
}

void AppSettings::setRequestTimeoutMs(int ms)
{
    m_settings.setValue(kTimeout, ms);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QString AppSettings::currentPage() const
{
    return m_settings.value(kCurrentPage).toString();
}

void AppSettings::setCurrentPage(const QString &objectName)
{
    m_settings.setValue(kCurrentPage, objectName);
}

QByteArray AppSettings::widgetLayout(const QString &path) const
{
    return m_settings.value(kLayoutGroup + path).toByteArray();
}

void AppSettings::setWidgetLayout(const QString &path, const QByteArray &state)
{
    m_settings.setValue(kLayoutGroup + path, state);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace herald
