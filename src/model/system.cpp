#include "model/system.h"

#include <algorithm>

namespace msklint {

const Service* System::find_service(std::string_view id) const {
  const auto it = std::find_if(services.begin(), services.end(),
                               [&](const Service& service) { return service.id.present && service.id.value == id; });
  return it == services.end() ? nullptr : &*it;
}

}  // namespace msklint
