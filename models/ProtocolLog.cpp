#include "ProtocolLog.h"

#include <QLocale>
#include <QMetaObject>
#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hvdesk {

namespace {

// Rows dropped at once when a bound is reached: a tenth of the row bound.
int batchOf(int maxExchanges)
{
    return qMax(1, maxExchanges / 10);
}

// Copies `xml` into `writer` (indenting when the writer does), keeping every prefix as written:
// QXmlStreamWriter::writeCurrentToken() would invent its own (n1:Envelope), which no one reading
// WS-Management wants. Without the XML declaration when `embedded`. False, writing nothing, when
// the input is not well-formed.
bool copyXml(const QByteArray &xml, QXmlStreamWriter &writer, bool embedded)
{
    {
        QXmlStreamReader check(xml);
        while (!check.atEnd())
            check.readNext();
        if (check.hasError() || xml.trimmed().isEmpty())
            return false;
    }
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false); // names as written; xmlns declarations are plain attributes
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            if (!embedded && !reader.documentVersion().isEmpty())
                writer.writeStartDocument(reader.documentVersion().toString(), reader.isStandaloneDocument());
            break;
        case QXmlStreamReader::StartElement:
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                writer.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
            break;
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (reader.isCDATA())
                writer.writeCDATA(reader.text().toString());
            else if (!reader.isWhitespace()) // the indentation of an indented document would be doubled
                writer.writeCharacters(reader.text().toString());
            break;
        case QXmlStreamReader::Comment:
            writer.writeComment(reader.text().toString());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            writer.writeProcessingInstruction(
                reader.processingInstructionTarget().toString(), reader.processingInstructionData().toString());
            break;
        case QXmlStreamReader::EntityReference:
            writer.writeEntityReference(reader.name().toString());
            break;
        case QXmlStreamReader::DTD:
            if (!embedded)
                writer.writeDTD(reader.text().toString());
            break;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::NoToken:
            break;
        }
    }
    return true;
}

} // namespace

ProtocolLogModel::ProtocolLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<ProtocolExchange>();
}

void ProtocolLogModel::setEnabled(bool enabled)
{
    if (m_enabled.exchange(enabled) != enabled)
        emit enabledChanged(enabled);
}

void ProtocolLogModel::record(const ProtocolExchange &exchange)
{
    if (!isEnabled())
        return;
    // Defence in depth: whatever a caller forgot to mask is masked before it is kept.
    ProtocolExchange masked = exchange;
    masked.requestHeaders = maskCredentials(exchange.requestHeaders);
    if (QThread::currentThread() == thread()) {
        append(masked);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, masked] { append(masked); }, Qt::QueuedConnection);
}

void ProtocolLogModel::setLimits(int maxExchanges, qint64 maxBytes)
{
    m_maxExchanges = qMax(1, maxExchanges);
    m_maxBytes = qMax<qint64>(1, maxBytes);
    if (int(m_exchanges.size()) > m_maxExchanges)
        dropOldest(int(m_exchanges.size()) - m_maxExchanges);
    int count = 0;
    qint64 bytes = m_bytes;
    while (bytes > m_maxBytes && count < int(m_exchanges.size()))
        bytes -= sizeOf(m_exchanges[size_t(count++)]);
    dropOldest(count);
}

qint64 ProtocolLogModel::sizeOf(const ProtocolExchange &exchange)
{
    return exchange.requestHeaders.size() + exchange.request.size() + exchange.response.size();
}

void ProtocolLogModel::append(const ProtocolExchange &exchange)
{
    if (!isEnabled())
        return; // turned off while the record was queued
    const qint64 size = sizeOf(exchange);
    // Make room first, so the bounds hold at every moment a view can see. An exchange larger
    // than the byte bound on its own is kept alone (WinRM's envelopes are far smaller).
    int drop = 0;
    const int count = int(m_exchanges.size());
    if (count + 1 > m_maxExchanges)
        drop = qMin(count, qMax(count + 1 - m_maxExchanges, batchOf(m_maxExchanges)));
    qint64 bytes = m_bytes;
    for (int i = 0; i < drop; ++i)
        bytes -= sizeOf(m_exchanges[size_t(i)]);
    if (bytes + size > m_maxBytes) {
        // Down to nine tenths of the bound, so the next calls do not each drop a row.
        const qint64 target = qMax<qint64>(0, m_maxBytes - m_maxBytes / 10 - size);
        while (drop < count && bytes > target)
            bytes -= sizeOf(m_exchanges[size_t(drop++)]);
    }
    dropOldest(drop);

    const int row = int(m_exchanges.size());
    beginInsertRows({}, row, row);
    m_exchanges.push_back(exchange);
    m_bytes += size;
    endInsertRows();
}

void ProtocolLogModel::dropOldest(int count)
{
    count = qMin(count, int(m_exchanges.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        m_bytes -= sizeOf(m_exchanges.front());
        m_exchanges.pop_front();
    }
    endRemoveRows();
}

void ProtocolLogModel::clear()
{
    if (m_exchanges.empty())
        return;
    beginResetModel();
    m_exchanges.clear();
    m_bytes = 0;
    endResetModel();
}

int ProtocolLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int ProtocolLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProtocolExchange &e = m_exchanges[size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return e.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case EndpointColumn:
            return e.endpoint;
        case OperationColumn:
            return e.operation;
        case ResourceColumn:
            return e.resource;
        case StatusColumn:
            return e.httpStatus == 0 ? tr("none", "no HTTP response") : QString::number(e.httpStatus);
        case DurationColumn:
            return QLocale().toString(e.elapsedMs, 'f', 1);
        case SizeColumn:
            return formatSize(sizeOf(e));
        case ErrorColumn:
            return e.error;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == SizeColumn)
            return tr("Request %1, response %2")
                .arg(formatSize(e.requestHeaders.size() + e.request.size()), formatSize(e.response.size()));
        if (column == ErrorColumn && !e.error.isEmpty())
            return e.error;
        if (column == TimeColumn)
            return QLocale().toString(e.started.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (column == StatusColumn || column == DurationColumn || column == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SortRole:
        switch (column) {
        case TimeColumn:
            return e.started;
        case StatusColumn:
            return e.httpStatus;
        case DurationColumn:
            return e.elapsedMs;
        case SizeColumn:
            return sizeOf(e);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ExchangeRole:
        return QVariant::fromValue(e);
    default:
        break;
    }
    return {};
}

QVariant ProtocolLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case EndpointColumn:
        return tr("Endpoint");
    case OperationColumn:
        return tr("Operation");
    case ResourceColumn:
        return tr("Resource");
    case StatusColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration (ms)");
    case SizeColumn:
        return tr("Size");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray ProtocolLogModel::maskCredentials(const QByteArray &headers)
{
    if (headers.isEmpty())
        return headers;
    static const QByteArrayList Secret { "authorization", "proxy-authorization", "cookie" };
    QByteArrayList lines = headers.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !Secret.contains(line.left(colon).trimmed().toLower()))
            continue;
        const bool cr = line.endsWith('\r');
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Keep the scheme ("Basic", "Negotiate"): it tells how the client authenticated.
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme
            = line.left(colon).trimmed().toLower() != "cookie" && space > 0 ? value.left(space) + ' ' : QByteArray();
        line = line.left(colon + 1) + ' ' + scheme + "***" + (cr ? "\r" : "");
    }
    return lines.join('\n');
}

QString ProtocolLogModel::indentXml(const QByteArray &xml, bool *wellFormed)
{
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    const bool ok = copyXml(xml, writer, false);
    if (wellFormed)
        *wellFormed = ok;
    if (!ok)
        return QString::fromUtf8(xml);
    // The writer ends the last element without a line break and starts with one after the
    // declaration it re-created; neither helps the reader.
    return out.trimmed();
}

QString ProtocolLogModel::formatSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QByteArray ProtocolLogModel::toText(const QList<int> &rows) const
{
    QString out;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const ProtocolExchange &e = exchangeAt(row);
        out += QStringLiteral("=== %1  %2  %3  %4  HTTP %5  %6 ms  %7\n")
                   .arg(e.started.toUTC().toString(Qt::ISODateWithMs), e.endpoint, e.operation, e.resource,
                       e.httpStatus == 0 ? tr("none", "no HTTP response") : QString::number(e.httpStatus),
                       QString::number(e.elapsedMs, 'f', 1), formatSize(sizeOf(e)));
        if (!e.error.isEmpty())
            out += tr("Error: %1").arg(e.error) + QLatin1Char('\n');
        out += QStringLiteral("--- ") + tr("Request") + QLatin1Char('\n');
        out += QString::fromUtf8(e.requestHeaders).remove(QLatin1Char('\r')).trimmed() + QStringLiteral("\n\n");
        out += indentXml(e.request) + QLatin1Char('\n');
        out += QStringLiteral("--- ") + tr("Response") + QLatin1Char('\n');
        out += e.response.isEmpty() ? tr("(no response)") : indentXml(e.response);
        out += QStringLiteral("\n\n");
    }
    return out.toUtf8();
}

QByteArray ProtocolLogModel::toXml(const QList<int> &rows) const
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(1);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("protocolLog"));
    writer.writeAttribute(QStringLiteral("application"), QStringLiteral("hvdesk"));
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const ProtocolExchange &e = exchangeAt(row);
        writer.writeStartElement(QStringLiteral("exchange"));
        writer.writeAttribute(QStringLiteral("started"), e.started.toUTC().toString(Qt::ISODateWithMs));
        writer.writeAttribute(QStringLiteral("endpoint"), e.endpoint);
        writer.writeAttribute(QStringLiteral("operation"), e.operation);
        writer.writeAttribute(QStringLiteral("resource"), e.resource);
        writer.writeAttribute(QStringLiteral("httpStatus"), QString::number(e.httpStatus));
        writer.writeAttribute(QStringLiteral("elapsedMs"), QString::number(e.elapsedMs, 'f', 1));
        if (!e.error.isEmpty())
            writer.writeAttribute(QStringLiteral("error"), e.error);
        writer.writeTextElement(
            QStringLiteral("requestHeaders"), QString::fromUtf8(e.requestHeaders).remove(QLatin1Char('\r')));
        // The envelopes as XML, so the file opens in any XML tool; text when one is not XML.
        for (const auto &[name, body] : { std::pair { QStringLiteral("request"), &e.request },
                 std::pair { QStringLiteral("response"), &e.response } }) {
            writer.writeStartElement(name);
            if (!copyXml(*body, writer, true))
                writer.writeCharacters(QString::fromUtf8(*body));
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

} // namespace hvdesk
