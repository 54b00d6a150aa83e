#include "MinimumSize.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace hvdesk {

namespace {

class MinimumSizeKeeper : public QObject
{
public:
    explicit MinimumSizeKeeper(QWidget *window)
        : QObject(window)
        , m_window(window)
        , m_base(window->minimumSize())
    {
        window->installEventFilter(this);
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
            update();
        return false;
    }

private:
    void update()
    {
        QLayout *layout = m_window->layout();
        if (!layout)
            return;
        const QSize content = layout->totalMinimumSize();
        const int width = qMax(content.width(), m_base.width());
        int height = qMax(content.height(), m_base.height());
        // A box layout gives an item whose height depends on its width (a wrapped label, or a
        // widget holding one) the height it prefers at that width, not its minimum: the window
        // needs room for that, or the other items are squeezed to make it.
        if (layout->hasHeightForWidth())
            height = qMax(height, qMax(layout->totalMinimumHeightForWidth(width), layout->totalHeightForWidth(width)));
        const QSize minimum(width, height);
        if (m_window->minimumSize() != minimum)
            m_window->setMinimumSize(minimum);
    }

    QWidget *m_window;
    QSize m_base;
};

} // namespace

void keepMinimumSizeForContents(QWidget *window)
{
    new MinimumSizeKeeper(window);
}

} // namespace hvdesk
