// Relations: the kinds of edge the graph has and what they are called.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newskg::graph {

enum class RelationKind : std::uint8_t { HoldsPost = 0, Meeting = 1, MeetingPlace = 2 };

// The kind as written in outputs.
inline constexpr const char* kKindHoldsPost = "holds post";
inline constexpr const char* kKindMeeting = "meeting";
inline constexpr const char* kKindMeetingPlace = "meeting place";

// German name of a meeting kind ("talks" -> "Gespräche"); unknown kinds give "Treffen".
std::string MeetingLabel(std::string_view meeting_kind);

}  // namespace newskg::graph
