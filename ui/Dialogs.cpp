#include "Dialogs.h"

#include <QInputDialog>
#include <QPushButton>

namespace herald::ui {

QMessageBox *askQuestion(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         const QString &yes, QMessageBox::ButtonRole yesRole, const QString &no,
                         std::function<void()> onYes)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    QPushButton *yesButton = box->addButton(yes, yesRole);
    QPushButton *noButton = box->addButton(no, QMessageBox::RejectRole);
    // Enter never destroys anything by itself.
    box->setDefaultButton(yesRole == QMessageBox::DestructiveRole ? noButton : yesButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [box, yesRole, onYes = std::move(onYes)](QAbstractButton *button) {
                         if (box->buttonRole(button) == yesRole)
                             onYes();
                     });
    box->open();
    return box;
}

QInputDialog *askText(QWidget *parent, const QString &title, const QString &label, const QString &initial,
                      std::function<void(const QString &)> onText)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(initial);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, std::move(onText));
    dialog->open();
    return dialog;
}

QFileDialog *chooseFile(QWidget *parent, QFileDialog::AcceptMode mode, const QString &title,
                        const QString &path, const QStringList &nameFilters,
                        std::function<void(const QString &)> onChosen)
{
    auto *dialog = new QFileDialog(parent, title, path);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setNameFilters(nameFilters);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [onChosen = std::move(onChosen)](const QString &p) {
                         if (!p.isEmpty())
                             onChosen(p);
                     });
    dialog->open();
    return dialog;
}

} // namespace herald::ui
