// Runs a command and prints its wall time, peak memory and page faults:
//   measure COMMAND [ARGS...]   ->   "<seconds> <peak resident bytes> <exit code> <page faults>"
// The benchmark (bench/run.sh) measures through this small program rather
// than from Python: a child's peak memory (wait4's ru_maxrss) counts what the
// process held before exec, and a child forked from Python starts as large as
// Python itself, which hid msklint's own size on small inputs.
// Page faults (wait4's ru_minflt, memory touched for the first time) drift far
// less than time on a shared machine, so they show a change in memory use that
// the noise in time would hide.
// The command's standard output is thrown away; its standard error is kept.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: measure COMMAND [ARGS...]\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("measure: fork");
    return 2;
  }
  if (child == 0) {
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDOUT_FILENO);
    execvp(argv[1], argv + 1);
    std::perror("measure: exec");
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) {
    std::perror("measure: wait4");
    return 2;
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::printf("%.6f %ld %d %ld\n", seconds.count(), usage.ru_maxrss * 1024L, code, usage.ru_minflt);
  return 0;
}
