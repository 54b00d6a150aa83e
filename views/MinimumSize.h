#pragma once

class QWidget;

namespace hvdesk {

// Keeps a window's minimum size large enough for everything its layout holds, word-wrapped
// labels included: Qt gives a window the minimum of its layout, in which a wrapped text has the
// height of one line, so at that size wrapped texts are cut and the widgets around them
// squeezed. The minimum is kept up to date as parts of the window are shown or hidden. A
// minimum width the window set itself before is kept as a lower bound.
void keepMinimumSizeForContents(QWidget *window);

} // namespace hvdesk
