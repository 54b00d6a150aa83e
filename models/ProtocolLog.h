#pragma once

#include "RemoteAccess.h"

#include <QAbstractTableModel>

#include <atomic>
#include <deque>

namespace hvdesk {

// The protocol log: every WS-Management request and its response, newest last, for the Protocol
// Log dock. Off by default, when record() costs one atomic load. record() may be called from any
// thread; the exchange is queued to the model's thread. Bounded: at most maxExchanges() rows and
// maxBytes() bytes of headers and XML; the oldest rows go in batches of a tenth, so a busy
// connection does not remove one row per call.
class ProtocolLogModel : public QAbstractTableModel, public ProtocolLogSink
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        EndpointColumn,
        OperationColumn,
        ResourceColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Roles {
        ExchangeRole = Qt::UserRole + 1, // the whole ProtocolExchange
        SortRole, // raw values: time, status, milliseconds, bytes
    };
    static constexpr int DefaultMaxExchanges = 1000;
    static constexpr qint64 DefaultMaxBytes = qint64(32) * 1024 * 1024;

    explicit ProtocolLogModel(QObject *parent = nullptr);

    // ProtocolLogSink: thread-safe.
    bool isEnabled() const override { return m_enabled.load(std::memory_order_relaxed); }
    void record(const ProtocolExchange &exchange) override;

    void setEnabled(bool enabled);
    void setLimits(int maxExchanges, qint64 maxBytes);
    int maxExchanges() const { return m_maxExchanges; }
    qint64 maxBytes() const { return m_maxBytes; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ProtocolExchange &exchangeAt(int row) const { return m_exchanges.at(size_t(row)); }
    qint64 heldBytes() const { return m_bytes; }
    void clear();

    // The whole log (or the given rows) for a file: readable text, or one XML document holding
    // every exchange with its envelopes as they were sent and received.
    QByteArray toText(const QList<int> &rows) const;
    QByteArray toXml(const QList<int> &rows) const;

    // Replaces the credential in every Authorization, Proxy-Authorization and Cookie header:
    // "Authorization: Basic dXNlcjpwYXNz" becomes "Authorization: Basic ***".
    static QByteArray maskCredentials(const QByteArray &headers);
    // Compact XML indented for reading; the input as text when it is not well-formed XML.
    static QString indentXml(const QByteArray &xml, bool *wellFormed = nullptr);
    // "512 B", "1.2 KB", "3.4 MB"
    static QString formatSize(qint64 bytes);
    static qint64 sizeOf(const ProtocolExchange &exchange);

signals:
    void enabledChanged(bool enabled);

private:
    void append(const ProtocolExchange &exchange);
    void dropOldest(int count);

    std::atomic<bool> m_enabled { false };
    std::deque<ProtocolExchange> m_exchanges;
    qint64 m_bytes = 0;
    int m_maxExchanges = DefaultMaxExchanges;
    qint64 m_maxBytes = DefaultMaxBytes;
};

} // namespace hvdesk
