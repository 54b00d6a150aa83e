#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace hvdesk::sim {

// Finds the line on which each value of a (syntactically valid) JSON text starts, by path:
// "hosts[1].switches[0].type". QJsonDocument keeps no positions; error messages need them.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);
    // 1-based line, or 0 when the path is not in the text.
    int lineOf(const QString &path) const { return m_lines.value(path, 0); }
    // Line and column (1-based) of a byte offset, for QJsonParseError.
    static QPair<int, int> lineColumn(const QByteArray &json, int offset);

private:
    void value(const QString &path);
    void skipSpace();
    QString string();

    const QByteArray &m_json;
    int m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace hvdesk::sim
