#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace hvdesk {

class HostBackend;

// Creates backends from URIs such as "sim:demo", "sim:/path/topology.json",
// "wsman+https://host:5986" or "qemu:///system". The composition root registers one creator
// per scheme; the rest of the program knows only HostBackend.
class BackendFactory
{
    Q_DECLARE_TR_FUNCTIONS(BackendFactory)

public:
    using Creator = std::function<std::unique_ptr<HostBackend>(const QString &uri, Error *error)>;

    void registerScheme(const QString &scheme, const QString &description, Creator creator);
    QStringList schemes() const;
    QString description(const QString &scheme) const;

    // The scheme of a URI: the text before the first ':' ("sim", "wsman+https", "qemu").
    static QString schemeOf(const QString &uri);

    // A backend for the URI, or nullptr and *error naming what is wrong.
    std::unique_ptr<HostBackend> create(const QString &uri, Error *error) const;

private:
    struct Entry
    {
        QString description;
        Creator creator;
    };
    QMap<QString, Entry> m_entries;
};

} // namespace hvdesk
