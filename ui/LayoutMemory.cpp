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

// What root (itself included) holds that is remembered, by key: its named splitters, and the column
// headers of its named tables and trees.
QList<std::pair<QString, QWidget *>> remembered(QWidget *root)
{
    QList<std::pair<QString, QWidget *>> found;
    QList<QSplitter *> splitters = root->findChildren<QSplitter *>();
    if (auto *self = qobject_cast<QSplitter *>(root))
        splitters.prepend(self);
    for (QSplitter *splitter : std::as_const(splitters)) {
        if (!splitter->objectName().isEmpty())
            found.append({LayoutMemory::path(splitter), splitter});
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        auto *view = qobject_cast<QAbstractItemView *>(header->parentWidget());
        if (header->orientation() == Qt::Horizontal && view && !view->objectName().isEmpty())
            found.append({LayoutMemory::path(view) + kColumns, header});
    }
    return found;
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
    for (const auto &[key, widget] : remembered(root)) {
        const QByteArray state = m_settings.widgetLayout(key);
        if (state.isEmpty())
            continue; // never arranged: the widget keeps the layout it starts with
        if (auto *splitter = qobject_cast<QSplitter *>(widget))
            splitter->restoreState(state);
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->count() > 0)
            header->restoreState(state);
    }
}

void LayoutMemory::save(QWidget *root)
{
    for (const auto &[key, widget] : remembered(root)) {
        if (auto *splitter = qobject_cast<QSplitter *>(widget))
            m_settings.setWidgetLayout(key, splitter->saveState());
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->count() > 0)
            m_settings.setWidgetLayout(key, header->saveState());
    }
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
