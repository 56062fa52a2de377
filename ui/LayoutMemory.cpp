#include "LayoutMemory.h"

#include "common/AppSettings.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QHeaderView>
#include <QSplitter>

namespace herald::ui {

namespace {

const QString kGeometry = QStringLiteral("/geometry");
const QString kColumns = QStringLiteral("/columns");

// The horizontal headers of root's tables and trees, with the key of their view.
template <typename F> void forEachRemembered(QWidget *root, F &&visit)
{
    QList<QSplitter *> splitters = root->findChildren<QSplitter *>();
    if (auto *self = qobject_cast<QSplitter *>(root))
        splitters.prepend(self);
    for (QSplitter *splitter : std::as_const(splitters)) {
        if (!splitter->objectName().isEmpty())
            visit(LayoutMemory::path(splitter), splitter, static_cast<QHeaderView *>(nullptr));
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        auto *view = qobject_cast<QAbstractItemView *>(header->parentWidget());
        if (header->orientation() == Qt::Horizontal && view && !view->objectName().isEmpty())
            visit(LayoutMemory::path(view) + kColumns, static_cast<QSplitter *>(nullptr), header);
    }
}

} // namespace

LayoutMemory::LayoutMemory(AppSettings &settings)
    : m_settings(settings)
{
}

QString LayoutMemory::path(const QWidget *widget)
{
    QStringList names;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        const QString name = w->objectName();
        if (!name.isEmpty() && !name.startsWith(QStringLiteral("qt_")))
            names.prepend(name);
    }
    return names.join(QLatin1Char('/'));
}

void LayoutMemory::restore(QWidget *root) const
{
    forEachRemembered(root, [this](const QString &key, QSplitter *splitter, QHeaderView *header) {
        const QByteArray state = m_settings.widgetLayout(key);
        if (state.isEmpty())
            return; // never arranged: the widget keeps the layout it starts with
        if (splitter)
            splitter->restoreState(state);
        else if (header->count() > 0)
            header->restoreState(state);
    });
}

void LayoutMemory::save(QWidget *root)
{
    forEachRemembered(root, [this](const QString &key, QSplitter *splitter, QHeaderView *header) {
        if (splitter)
            m_settings.setWidgetLayout(key, splitter->saveState());
        else if (header->count() > 0)
            m_settings.setWidgetLayout(key, header->saveState());
    });
    m_settings.sync();
}

void LayoutMemory::track(QDialog *dialog)
{
    const QString key = path(dialog) + kGeometry;
    if (const QByteArray geometry = m_settings.widgetLayout(key); !geometry.isEmpty())
        dialog->restoreGeometry(geometry);
    restore(dialog);
    QObject::connect(dialog, &QDialog::finished, dialog, [this, dialog, key] {
        m_settings.setWidgetLayout(key, dialog->saveGeometry());
        save(dialog);
    });
}

} // namespace herald::ui
