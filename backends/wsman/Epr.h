#pragma once

#include <models/Error.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hvdesk::wsman {

struct Selector
{
    QString name;
    QString value;
    bool operator==(const Selector &) const = default;
};

// A WS-Addressing endpoint reference to one WMI object: the address (anonymous for WinRM), the
// class's resource URI and the key properties as selectors, in the order they were given.
struct Epr
{
    Q_DECLARE_TR_FUNCTIONS(Epr)

public:
    QString address;
    QString resourceUri;
    QList<Selector> selectors;

    bool isNull() const { return resourceUri.isEmpty() && selectors.isEmpty() && address.isEmpty(); }
    // The value of a selector (case-insensitive name, as WMI), null when absent.
    QString selector(const QString &name) const;
    bool hasSelector(const QString &name) const;
    QString className() const;

    // A WMI object path:
    // \\HOST\root\virtualization\v2:Msvm_ComputerSystem.CreationClassName="Msvm_ComputerSystem",Name="..." Hyper-V
    // writes these into properties such as Parent and HostResource. An empty host gives a relative path
    // (root\...:Class.Key="v").
    QString toWmiPath(const QString &host = {}) const;
    // The reverse. Values may be quoted ("..." with \" and \\ escapes) or bare numbers;
    // `host`, when given, receives the server part. Errors name the position.
    static Epr fromWmiPath(const QString &path, Error *error, QString *host = nullptr);

    static Epr make(const QString &resourceUri, QList<Selector> selectors);

    bool operator==(const Epr &) const = default;
};

} // namespace hvdesk::wsman
