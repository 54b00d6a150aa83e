#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace hvdesk {

// Every question and file prompt hvdesk puts to the user goes through here: one place that keeps
// "Don't ask me again" per question (in QSettings, resettable from the Options menu) and one
// place where tests answer instead of a modal dialog (KeePassXC's MessageBox::setNextAnswer).
class Dialogs
{
public:
    struct Question
    {
        // Settings key for "Don't ask me again"; empty: always asked, no check box.
        QString key;
        QString title;
        QString text;
        // What happens, to what (the affected VMs or NICs, one a line).
        QString details;
        // The accept button's label, a verb ("Turn Off"); Cancel is always the other button.
        QString acceptText;
        QString objectName;
    };

    // Asks, unless the user said not to ask again for q.key. True when accepted (or not asked).
    static bool confirm(QWidget *parent, const Question &q);

    // A file to save to, suggested in the folder last saved to (the documents folder at first).
    // Empty when the user cancelled. selectedFilter, when given, receives the chosen filter.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                const QString &filter, QString *selectedFilter = nullptr);
    // The folder a save prompt opens in.
    static QString saveFolder();

    // Questions whose "Don't ask me again" is set; resetDontAskAgain() asks every one again.
    static QStringList suppressedQuestions();
    static bool isSuppressed(const QString &key);
    static void resetDontAskAgain();

    // Tests: the next question is answered with this (and "Don't ask me again" ticked when
    // dontAskAgain); the next save prompt returns this path. Both are consumed by one prompt.
    static void setNextAnswer(std::optional<bool> accept, bool dontAskAgain = false);
    static void setNextSavePath(const QString &path);
    // The last question asked (text and details), and how many were asked since start.
    static QString lastQuestion();
    static int questionsAsked();
};

} // namespace hvdesk
