#pragma once

#include <QList>
#include <QScrollArea>

class QAction;
class QVBoxLayout;

namespace hvdesk {

// Hyper-V Manager's right-hand Actions pane: a titled section per subject (the host, the
// selected VM) with its actions as flat buttons. The actions are the window's own QActions.
class ActionsPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit ActionsPane(QWidget *parent = nullptr);

    struct Section
    {
        QString title;
        QList<QAction *> actions;
    };
    void setSections(const QList<Section> &sections);

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
};

} // namespace hvdesk
