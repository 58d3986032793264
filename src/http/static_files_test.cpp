#include "http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace accord::http {
namespace {

class StaticFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("accord_static_" + std::to_string(::getpid()));
    root_ = dir_ / "web";
    fs::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "index";
    std::ofstream(root_ / "assets" / "app.js") << "app";
    std::ofstream(dir_ / "secret.txt") << "secret";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string bodyOf(const std::string& path) {
    Request request;
    request.method = "GET";
    request.path = path;
    auto response = serveStatic(root_.string(), request);
    return response ? response->body : "(none)";
  }

  fs::path dir_;
  fs::path root_;
};

TEST_F(StaticFiles, ServesFilesInsideTheRootAndTheIndexForPages) {
  EXPECT_EQ(bodyOf("/"), "index");
  EXPECT_EQ(bodyOf("/assets/app.js"), "app");
  EXPECT_EQ(bodyOf("/districts/1/issues"), "index");
  EXPECT_EQ(bodyOf("/districts/1/"), "index");
  EXPECT_EQ(bodyOf("/assets/missing.js"), "(none)");
}

TEST_F(StaticFiles, AnAbsolutePathAfterTheRootIsNeverJoinedOn) {
  std::string secret = (dir_ / "secret.txt").string();
  EXPECT_EQ(bodyOf("/" + secret), "(none)");
  EXPECT_EQ(bodyOf("//etc/hostname"), "(none)");
  EXPECT_EQ(bodyOf("//etc/passwd"), "(none)");
  EXPECT_EQ(bodyOf("///proc/self/environ"), "(none)");
}

TEST_F(StaticFiles, DotSegmentsBackslashesAndControlBytesAreRefused) {
  EXPECT_EQ(bodyOf("/../secret.txt"), "(none)");
  EXPECT_EQ(bodyOf("/assets/../../secret.txt"), "(none)");
  EXPECT_EQ(bodyOf("/./index.html"), "(none)");
  EXPECT_EQ(bodyOf("/..\\secret.txt"), "(none)");
  EXPECT_EQ(bodyOf("/\\..\\secret.txt"), "(none)");
  EXPECT_EQ(bodyOf(std::string("/index.html\0/../../secret.txt", 29)), "(none)");
  EXPECT_EQ(bodyOf("/index.html\n"), "(none)");
}

TEST_F(StaticFiles, ASymlinkLeadingOutOfTheRootIsNotFollowed) {
  fs::create_symlink(dir_ / "secret.txt", root_ / "leak.txt");
  fs::create_directory_symlink(dir_, root_ / "up");
  fs::create_directory_symlink("/etc", root_ / "etc");
  EXPECT_EQ(bodyOf("/leak.txt"), "(none)");
  EXPECT_EQ(bodyOf("/up/secret.txt"), "(none)");
  EXPECT_EQ(bodyOf("/etc/hostname"), "index");  // no extension: a page of the interface, not the file
  EXPECT_EQ(bodyOf("/etc/passwd"), "index");
}

TEST_F(StaticFiles, ASymlinkInsideTheRootIsServed) {
  fs::create_symlink(root_ / "assets" / "app.js", root_ / "assets" / "latest.js");
  EXPECT_EQ(bodyOf("/assets/latest.js"), "app");
}

TEST_F(StaticFiles, APrecompressedAssetGoesToAClientThatAcceptsIt) {
  std::ofstream(root_ / "assets" / "app.js.br") << "app in brotli";
  std::ofstream(root_ / "assets" / "app.js.gz") << "app in gzip";
  auto fetch = [&](const std::string& path, const std::string& accept) {
    Request request;
    request.method = "GET";
    request.path = path;
    if (!accept.empty()) request.headers["Accept-Encoding"] = accept;
    return serveStatic(root_.string(), request);
  };
  auto encodingOf = [](const Response& r) {
    for (const auto& [name, value] : r.headers)
      if (name == "Content-Encoding") return value;
    return std::string("identity");
  };
  auto br = fetch("/assets/app.js", "gzip, br");
  ASSERT_TRUE(br);
  EXPECT_EQ(br->body, "app in brotli");
  EXPECT_EQ(encodingOf(*br), "br");
  auto gz = fetch("/assets/app.js", "gzip");
  EXPECT_EQ(gz->body, "app in gzip");
  EXPECT_EQ(encodingOf(*gz), "gzip");
  auto plain = fetch("/assets/app.js", "");
  EXPECT_EQ(plain->body, "app");
  EXPECT_EQ(encodingOf(*plain), "identity");
  EXPECT_EQ(plain->headers.front().second, "text/javascript; charset=utf-8");
  EXPECT_EQ(br->headers.front().second, "text/javascript; charset=utf-8");  // the type of what it decodes to
}

TEST_F(StaticFiles, APrecompressedFormLeadingOutOfTheRootIsNotSent) {
  std::ofstream(dir_ / "secret.txt.br") << "secret";
  fs::create_symlink(dir_ / "secret.txt.br", root_ / "assets" / "app.js.br");
  Request request;
  request.method = "GET";
  request.path = "/assets/app.js";
  request.headers["Accept-Encoding"] = "br";
  auto response = serveStatic(root_.string(), request);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->body, "app");
}

TEST(StaticPaths, OnlyPlainPathsBecomeRelativePaths) {
  EXPECT_EQ(safeRelativePath("/a/b.js"), fs::path("a/b.js"));
  EXPECT_EQ(safeRelativePath("/"), fs::path());
  EXPECT_FALSE(safeRelativePath("//a"));
  EXPECT_FALSE(safeRelativePath("/a//b"));
  EXPECT_FALSE(safeRelativePath("a/b"));
  EXPECT_FALSE(safeRelativePath("/a/../b"));
}

}  // namespace
}  // namespace accord::http
