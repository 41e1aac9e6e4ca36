#include "extraction/facts.h"

namespace newskg::extraction {

const char* ToString(MeetingStatus status) {
  switch (status) {
    case MeetingStatus::Held: return "held";
    case MeetingStatus::Ongoing: return "ongoing";
    case MeetingStatus::Planned: return "planned";
    case MeetingStatus::Considered: return "considered";
  }
  return "held";
}

const char* ToString(MeetingKind kind) {
  switch (kind) {
    case MeetingKind::Meeting: return "meeting";
    case MeetingKind::Talks: return "talks";
    case MeetingKind::Call: return "call";
    case MeetingKind::Visit: return "visit";
  }
  return "meeting";
}

}  // namespace newskg::extraction
