#pragma once

// Finding and answering the window-modal dialogs Herald opens with open() (ui/Dialogs.h) in GUI tests.
#include <QAbstractButton>
#include <QMessageBox>
#include <QObject>
#include <QTest>

namespace herald::test {

// The visible dialog of that object name among parent's children, waited for; null if none shows. A dialog
// closed before deletes itself only when the event loop runs again, so hidden ones are passed over.
template <typename T> T *openDialog(const QObject &parent, const char *name, int timeoutMs = 5000)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = nullptr;
            for (T *d : parent.findChildren<T *>(QLatin1String(name)))
                found = d->isVisible() ? d : found;
            return found != nullptr;
        },
        timeoutMs);
    return shown ? found : nullptr;
}

// The box's button with that role (null if it has none).
inline QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

} // namespace herald::test
