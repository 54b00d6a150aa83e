#include "ScriptView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hvdesk {

// One repository for the whole program: loading the definitions is the expensive part.
static KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

namespace {

// A read-only editor whose preferred height can be a number of lines.
class ScriptEditor : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

    int preferredLines = 0;

    QSize sizeHint() const override
    {
        QSize hint = QPlainTextEdit::sizeHint();
        if (preferredLines > 0) {
            const QMargins margins = contentsMargins();
            hint.setHeight(fontMetrics().lineSpacing() * preferredLines + 2 * int(document()->documentMargin())
                           + margins.top() + margins.bottom() + horizontalScrollBar()->sizeHint().height());
        }
        return hint;
    }
};

} // namespace

ScriptView::ScriptView(const QString &syntax, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_editor(new ScriptEditor(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("scriptView"));
    m_editor->setObjectName(QStringLiteral("scriptText"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Equivalent %1").arg(syntax));
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_copy->setAccessibleName(tr("Copy to the clipboard"));
    m_caption->setVisible(false);
    m_caption->setWordWrap(true);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(repository().definitionForName(syntax));
    applyTheme();

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_copyText.isNull() ? m_editor->toPlainText() : m_copyText);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption, 1);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_editor, 1);
}

void ScriptView::setPreferredLines(int lines)
{
    static_cast<ScriptEditor *>(m_editor)->preferredLines = lines;
    m_editor->updateGeometry();
}

void ScriptView::setText(const QString &text)
{
    m_copyText = QString();
    if (m_editor->toPlainText() != text)
        m_editor->setPlainText(text);
}

void ScriptView::setDefinition(const QString &syntax)
{
    if (definitionName() == syntax)
        return;
    m_highlighter->setDefinition(repository().definitionForName(syntax));
    m_editor->setAccessibleName(tr("Equivalent %1").arg(syntax));
    m_highlighter->rehighlight();
}

QString ScriptView::text() const
{
    return m_editor->toPlainText();
}

void ScriptView::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void ScriptView::setLineWrap(bool wrap)
{
    m_editor->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

QString ScriptView::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void ScriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ScriptView::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto theme = repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                      : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace hvdesk
