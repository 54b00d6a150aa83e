#include "Dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace hvdesk {

namespace {

const QString DontAskGroup = QStringLiteral("dialogs/dontAsk");
const QString SaveFolderKey = QStringLiteral("dialogs/saveFolder");

struct TestAnswers
{
    std::optional<bool> accept;
    bool dontAskAgain = false;
    std::optional<QString> savePath;
    QString lastQuestion;
    int asked = 0;
};

TestAnswers &testAnswers()
{
    static TestAnswers answers;
    return answers;
}

QString settingsKey(const QString &key)
{
    return DontAskGroup + QLatin1Char('/') + key;
}

} // namespace

bool Dialogs::confirm(QWidget *parent, const Question &q)
{
    if (isSuppressed(q.key))
        return true;
    TestAnswers &t = testAnswers();
    t.lastQuestion = q.text + (q.details.isEmpty() ? QString() : QStringLiteral("\n\n") + q.details);
    ++t.asked;
    bool accepted = false;
    bool dontAsk = false;
    if (t.accept) {
        accepted = *std::exchange(t.accept, std::nullopt);
        dontAsk = std::exchange(t.dontAskAgain, false);
    } else {
        QWidget *owner = parent ? parent->window() : QApplication::activeWindow();
        QMessageBox box(QMessageBox::Question, q.title, q.text, QMessageBox::Cancel, owner);
        box.setObjectName(q.objectName.isEmpty() ? QStringLiteral("confirmation") : q.objectName);
        box.setInformativeText(q.details);
        QPushButton *accept = box.addButton(q.acceptText, QMessageBox::AcceptRole);
        box.setDefaultButton(accept);
        if (!q.key.isEmpty())
            box.setCheckBox(new QCheckBox(QApplication::translate("hvdesk::Dialogs", "Don't ask me again")));
        box.exec();
        accepted = box.clickedButton() == accept;
        dontAsk = box.checkBox() && box.checkBox()->isChecked();
    }
    // Only an accepted question is remembered: "don't ask" with Cancel would refuse for ever.
    if (accepted && dontAsk && !q.key.isEmpty())
        QSettings().setValue(settingsKey(q.key), true);
    return accepted;
}

QString Dialogs::saveFolder()
{
    const QString last = QSettings().value(SaveFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                              const QString &filter, QString *selectedFilter)
{
    TestAnswers &t = testAnswers();
    QString path;
    if (t.savePath)
        path = *std::exchange(t.savePath, std::nullopt);
    else
        path = QFileDialog::getSaveFileName(parent, caption, QDir(saveFolder()).filePath(suggestedName), filter,
                                            selectedFilter);
    if (!path.isEmpty())
        QSettings().setValue(SaveFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QStringList Dialogs::suppressedQuestions()
{
    QSettings settings;
    settings.beginGroup(DontAskGroup);
    QStringList keys;
    for (const QString &key : settings.childKeys())
        if (settings.value(key).toBool())
            keys << key;
    return keys;
}

bool Dialogs::isSuppressed(const QString &key)
{
    return !key.isEmpty() && QSettings().value(settingsKey(key), false).toBool();
}

void Dialogs::resetDontAskAgain()
{
    QSettings().remove(DontAskGroup);
}

void Dialogs::setNextAnswer(std::optional<bool> accept, bool dontAskAgain)
{
    testAnswers().accept = accept;
    testAnswers().dontAskAgain = dontAskAgain;
}

void Dialogs::setNextSavePath(const QString &path)
{
    testAnswers().savePath = path;
}

QString Dialogs::lastQuestion()
{
    return testAnswers().lastQuestion;
}

int Dialogs::questionsAsked()
{
    return testAnswers().asked;
}

} // namespace hvdesk
