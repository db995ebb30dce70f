#include "server/serve.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <istream>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>

#include "server/framing.h"

namespace msklint::server {

namespace {

// Messages read from the client, handed from the reading thread to the one
// that answers.
class Inbox {
 public:
  void put(Incoming message) {
    {
      const std::lock_guard lock(mutex_);
      messages_.push_back(std::move(message));
    }
    ready_.notify_one();
  }
  // The next message, waiting at most `wait` (forever when null); nothing
  // when the wait ran out.
  std::optional<Incoming> take(std::optional<std::chrono::milliseconds> wait) {
    std::unique_lock lock(mutex_);
    const auto has_message = [&] { return !messages_.empty(); };
    if (wait) {
      if (!ready_.wait_for(lock, *wait, has_message)) return std::nullopt;
    } else {
      ready_.wait(lock, has_message);
    }
    Incoming message = std::move(messages_.front());
    messages_.pop_front();
    return message;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Incoming> messages_;
};

void send(std::ostream& out, const std::vector<nlohmann::json>& messages) {
  // Text from a pathway may hold any bytes: replace what is not UTF-8 rather than fail.
  for (const auto& message : messages) write_message(out, message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

int serve(std::istream& in, std::ostream& out, std::ostream& log, const ServeOptions& options) {
  auto inbox = std::make_shared<Inbox>();
  // The reader stops after the end of the stream or a malformed one. It may
  // still be waiting for input when `exit` arrives: it is then left to end
  // with the process rather than joined.
  auto reader_done = std::make_shared<std::atomic<bool>>(false);
  std::thread reader([inbox, reader_done, &in] {
    for (;;) {
      Incoming message = read_message(in);
      const bool last = message.status != Incoming::Status::message;
      inbox->put(std::move(message));
      if (last) break;
    }
    *reader_done = true;
  });
  Session session(options.server);
  int code = 1;
  for (;;) {
    const auto wait = session.has_pending() ? std::optional(options.debounce) : std::nullopt;
    std::optional<Incoming> message = inbox->take(wait);
    if (!message) {  // typing paused
      send(out, session.lint_pending());
      continue;
    }
    if (message->status == Incoming::Status::end) {
      code = session.exit_code();  // the client went without `exit`
      break;
    }
    if (message->status == Incoming::Status::malformed) {
      log << "msklint server: " << message->error << "; stopping\n";
      break;
    }
    nlohmann::json parsed = nlohmann::json::parse(message->body, nullptr, false);
    if (parsed.is_discarded()) {
      send(out, {error_response(nullptr, parse_error, "the message is not JSON")});
      continue;
    }
    send(out, session.handle(parsed));
    if (session.exit_received()) {
      code = session.exit_code();
      break;
    }
  }
  if (*reader_done) {
    reader.join();
  } else {
    reader.detach();
  }
  return code;
}

}  // namespace msklint::server
