#pragma once

// The review report's two formats (`msklint report`). Both lay out a Review
// (src/review/review.h) and decide nothing: every verdict, grouping and figure
// comes from the review model.

#include <iosfwd>

#include "review/review.h"

namespace msklint {

// GitHub-flavoured Markdown a consultant can send as it is; the pathway
// picture as a ```mermaid block, which GitHub and GitLab draw.
void write_review_markdown(std::ostream& out, const Review& review);

// One self-contained HTML5 file: inline CSS, the picture as inline SVG, no
// scripts, fonts, images or links outside the file; prints on A4 and reads on
// a narrow screen.
void write_review_html(std::ostream& out, const Review& review);

}  // namespace msklint
