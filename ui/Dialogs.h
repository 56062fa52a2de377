#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QStringList>

#include <functional>

class QInputDialog;

namespace herald::ui {

// Window-modal questions and choosers, opened with open() and never exec(): the window goes on drawing
// (a campaign's progress with it) while one is up, and nothing runs in a nested event loop. Each deletes
// itself when closed; the callback runs only when the person confirms. They are returned so that tests
// (and callers) can find, name and answer them.

// A question with a yes button (its role, e.g. AcceptRole or DestructiveRole) and a no button; Enter picks
// yes, unless yes destroys something (DestructiveRole).
QMessageBox *askQuestion(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         const QString &yes, QMessageBox::ButtonRole yesRole, const QString &no,
                         std::function<void()> onYes);

// A line of text; onText gets what was entered when the person presses OK.
QInputDialog *askText(QWidget *parent, const QString &title, const QString &label, const QString &initial,
                      std::function<void(const QString &)> onText);

// A file to open (an existing one) or to save to. path: the folder, or the file proposed.
QFileDialog *chooseFile(QWidget *parent, QFileDialog::AcceptMode mode, const QString &title,
                        const QString &path, const QStringList &nameFilters,
                        std::function<void(const QString &)> onChosen);

} // namespace herald::ui
