#pragma once

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace hvdesk {

class ProtocolLogModel;
class ScriptView;

// View > Protocol Log: every WS-Management call of the remote connections, with its timing, and
// for the selected call the request and the response (headers above the envelope, the envelope
// indented and highlighted as XML; Copy takes it as it was sent).
//
// Logging follows the panel: it records while the panel is open and "Enable logging" is checked
// (checked unless the user unchecked it; the choice is remembered). An admin opens the log to
// watch the traffic from then on, as in a browser's network panel; nothing is recorded, and
// record() stays a no-op, while nobody looks. Closing the panel keeps what was recorded.
class ProtocolLogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProtocolLogDock(ProtocolLogModel *model, QWidget *parent = nullptr);

    ProtocolLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QCheckBox *enableLogging() const { return m_enable; }
    ScriptView *requestView() const { return m_request; }
    ScriptView *responseView() const { return m_response; }
    QPlainTextEdit *requestHeaders() const { return m_requestHeaders; }
    // "12 calls, 840 ms, 1.2 MB": the calls the filter shows.
    QString statusText() const;

    // Writes the calls the filter shows: as XML when the name ends in .xml, else as text.
    bool saveTo(const QString &path, QString *error = nullptr) const;
    static QString summary(int calls, double milliseconds, qint64 bytes);

public slots:
    void saveAs();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyLoggingPolicy();
    void showCurrent();
    void updateStatus();
    QList<int> shownRows() const;

    ProtocolLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_enable;
    QPushButton *m_clear;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_requestCaption;
    QPlainTextEdit *m_requestHeaders;
    ScriptView *m_request;
    QLabel *m_responseCaption;
    ScriptView *m_response;
    QTimer *m_statusTimer;
};

} // namespace hvdesk
