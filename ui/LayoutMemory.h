#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace herald {
class AppSettings;
}

namespace herald::ui {

// Remembers how the person arranged Herald: every splitter's sizes, every table's and tree's columns
// (widths, order, sorting), dialogs' sizes and places. Each is kept in AppSettings under the widget's path
// of object names, e.g. "MainWindow/pages/ComposeView/splitter", so pages need no code of their own and a
// widget without a name is simply not remembered.
class LayoutMemory final
{
public:
    explicit LayoutMemory(AppSettings &settings);

    // The splitters and item-view headers in root (root included).
    void restore(QWidget *root) const;
    void save(QWidget *root);
    // A dialog: its geometry and its splitters and headers restored now, saved when it finishes.
    void track(QDialog *dialog);

    // "Window/parent/…/widget": the non-empty object names from the window down, Qt's own (qt_…) left out.
    static QString path(const QWidget *widget);

private:
    AppSettings &m_settings;
};

} // namespace herald::ui
