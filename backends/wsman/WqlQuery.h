#pragma once

#include <wsman/CimInstance.h>

#include <models/Error.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace hvdesk::wsman {

// The subset of WQL a WMI provider sees through WS-Management enumeration filters:
//   SELECT * | Prop[, Prop...] FROM Class [WHERE expr]
// expr: comparisons (=, <>, !=, <, >, <=, >=), [NOT] LIKE with % and _ (and [set]), IS [NOT] NULL,
// AND, OR, NOT and parentheses; operands are property names, 'strings' or "strings", numbers,
// TRUE, FALSE and NULL. Keywords and property names ignore case, as WMI does; so do string
// comparisons. A comparison with a null property is false. For an array property a comparison
// holds when it holds for any element.
class WqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(WqlQuery)

public:
    WqlQuery();
    ~WqlQuery();
    WqlQuery(const WqlQuery &other);
    WqlQuery &operator=(const WqlQuery &other);

    // A parsed query; on a syntax error an invalid query and an error naming the position.
    static WqlQuery parse(const QString &text, Error *error);

    bool isValid() const { return !m_className.isEmpty(); }
    QString text() const { return m_text; }
    QString className() const { return m_className; }
    bool selectsAll() const { return m_properties.isEmpty(); }
    QStringList properties() const { return m_properties; } // empty for SELECT *
    bool hasCondition() const;

    // Whether the instance satisfies the WHERE condition (true without one). The class is the
    // caller's business: a provider decides which classes a query over CIM_X covers.
    bool matches(const CimInstance &instance) const;
    // Only the selected properties (all for SELECT *), in the query's order.
    CimInstance project(const CimInstance &instance) const;

    struct Node; // the condition's syntax tree, private to the implementation

private:
    QString m_text;
    QString m_className;
    QStringList m_properties;
    std::vector<Node> *m_nodes = nullptr; // owned; a vector of a private type, kept out of the header
    int m_root = -1;
};

} // namespace hvdesk::wsman
