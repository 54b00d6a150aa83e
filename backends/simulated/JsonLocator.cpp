#include "JsonLocator.h"

namespace hvdesk::sim {

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    skipSpace();
    if (m_pos < m_json.size())
        value(QString());
}

QPair<int, int> JsonLocator::lineColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLocator::string()
{
    // At the opening quote. Keys in topology files are plain ASCII; escapes are kept as is.
    const int start = ++m_pos;
    while (m_pos < m_json.size() && m_json[m_pos] != '"') {
        if (m_json[m_pos] == '\\')
            ++m_pos;
        ++m_pos;
    }
    const QString s = QString::fromUtf8(m_json.mid(start, m_pos - start));
    ++m_pos;
    return s;
}

void JsonLocator::value(const QString &path)
{
    skipSpace();
    if (m_pos >= m_json.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_json[m_pos];
    if (c == '{') {
        ++m_pos;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}') {
                ++m_pos;
                return;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            skipSpace();
            ++m_pos; // ':'
            value(path.isEmpty() ? key : path + QLatin1Char('.') + key);
        }
    }
    if (c == '[') {
        ++m_pos;
        int index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']') {
                ++m_pos;
                return;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            value(path + QStringLiteral("[%1]").arg(index++));
        }
    }
    if (c == '"') {
        string();
        return;
    }
    // number, true, false, null
    while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json[m_pos]))
        ++m_pos;
}

} // namespace hvdesk::sim
