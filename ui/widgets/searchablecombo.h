#pragma once

class QComboBox;

namespace oversight {

/// A drop-down of many names (forty units) the clerk can type into: the list narrows to the names that
/// contain what is typed, anywhere in the name; the choice stays one of the list's (text that matches no
/// name falls back to the current choice when the field is left).
void makeSearchable(QComboBox *combo);

} // namespace oversight
