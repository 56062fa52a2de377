#pragma once

#include <QSettings>
#include <QString>

namespace herald {

// Herald's non-secret settings, typed and with defaults, in the data folder's herald.ini
// (cf. KeePassXC Config). Secrets never come here: they belong to the keychain.
class AppSettings final
{
public:
    explicit AppSettings(const QString &settingsPath);

    static constexpr int SchemaVersion = 1;

    // UI language as a locale name ("de", "fr", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    // Teams' global per-app rate (PROTOCOL.md: 50 requests/s; an older revision said 30).
    double globalRequestsPerSecond() const;
    void setGlobalRequestsPerSecond(double rps);

    // Per-request timeout for Bot Connector calls.
    int requestTimeoutMs() const;
    void setRequestTimeoutMs(int ms);

    // Window layout, as QWidget::saveGeometry / QMainWindow::saveState blobs.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The page shown last, by its object name ("DirectoryPage", "ComposeView", "CampaignsPage"); empty (the
    // default): the first page.
    QString currentPage() const;
    void setCurrentPage(const QString &objectName);
    // One widget's layout — a splitter's sizes, a table's columns, a dialog's geometry — as the blob its own
    // saveState()/saveGeometry() gives, by the widget's path of object names (e.g.
    // "MainWindow/pages/ComposeView/splitter"). Empty (the default): the widget keeps its own first layout.
    QByteArray widgetLayout(const QString &path) const;
    void setWidgetLayout(const QString &path, const QByteArray &state);

    void sync();

private:
    QSettings m_settings;
};

} // namespace herald
