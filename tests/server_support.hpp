#pragma once
// Real servers for the tests, on loopback: a program started in the
// background (xapian-tcpsrv, xapian-replicate-server) on a free port,
// waited for until it accepts connections, and stopped when the test ends.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace newsdex::test {

// A port nothing listens on now (the kernel's pick; the race until the
// server binds it is harmless on a test machine).
inline int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
        ::close(fd);
        throw std::runtime_error("no free port");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

inline bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

// A program on PATH is installed.
inline bool installed(const std::string& program) {
    return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

class Server {
  public:
    // argv[0] is the program; the server must come to listen on `port`.
    Server(std::vector<std::string> argv, int port) : port_(port) {
        std::fflush(nullptr);  // or the child's copy of the buffers is written twice
        pid_ = ::fork();
        if (pid_ == 0) {
            // A group of its own: xapian-tcpsrv ends on SIGTERM by sending
            // SIGTERM to its whole group (its children), which would
            // otherwise be the test's.
            ::setpgid(0, 0);
            std::vector<char*> args;
            for (auto& arg : argv)
                args.push_back(arg.data());
            args.push_back(nullptr);
            // Quiet: a server says "Got exception" for every client gone.
            std::freopen("/dev/null", "w", stdout);
            std::freopen("/dev/null", "w", stderr);
            ::execvp(args[0], args.data());
            ::_exit(127);
        }
        for (int i = 0; i < 500 && !accepts(port); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (!accepts(port)) {
            stop();
            throw std::runtime_error(argv[0] + " did not listen on port " + std::to_string(port));
        }
    }
    ~Server() { stop(); }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    int port() const { return port_; }
    std::string remote() const { return "remote:127.0.0.1:" + std::to_string(port_); }
    void signal(int number) { ::kill(-pid_, number); }
    void stop() {
        if (pid_ <= 0) return;
        ::kill(-pid_, SIGCONT);
        ::kill(-pid_, SIGTERM);  // the server and the children it forked
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

  private:
    int port_;
    pid_t pid_ = -1;
};

// xapian-tcpsrv serving one database, read-only, on loopback.
inline std::unique_ptr<Server> tcpsrv(const std::string& database) {
    const int port = free_port();
    return std::make_unique<Server>(
        std::vector<std::string>{"xapian-tcpsrv", "--interface", "127.0.0.1", "--port",
                                 std::to_string(port), database},
        port);
}

}  // namespace newsdex::test
