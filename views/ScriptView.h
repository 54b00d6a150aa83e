#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace hvdesk {

// Read-only, highlighted code (PowerShell, XML) with a Copy button. The highlighting theme
// follows the palette: dark on dark desktops, light on light ones.
class ScriptView : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptView(const QString &syntax, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // What Copy puts on the clipboard when it is not the text shown (the XML as it was sent,
    // behind its indented display). Reset by setText(); a null string copies the shown text.
    void setCopyText(const QString &text) { m_copyText = text; }
    void setCaption(const QString &caption);
    // How many lines of text the view asks room for (0: Qt's default, about twelve). A dialog
    // whose script is a few commands asks for fewer, so that it fits a small screen.
    void setPreferredLines(int lines);
    // Wraps long lines at the view's width (off by default: code keeps its lines).
    void setLineWrap(bool wrap);
    // Highlights as another language ("Bash" for a virsh command line).
    void setDefinition(const QString &syntax);
    // The definition in use ("PowerShell"), empty if the syntax files lack it.
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QLabel *m_caption;
    QPlainTextEdit *m_editor;
    QPushButton *m_copy;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QString m_copyText;
};

} // namespace hvdesk
