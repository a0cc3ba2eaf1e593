import Foundation

/// What a path names, read with `stat` (symbolic links followed) and, when that fails,
/// `lstat`: only regular files are read as pages or packs. A FIFO or a character
/// device named `x.md` would block a read forever or never end.
package enum FileKind: Equatable {
    case regular
    case directory
    /// A FIFO, socket or device; `name` says which.
    case special(name: String)
    /// A symbolic link whose target is missing, or a chain of links that loops.
    case brokenLink
    case missing

    package init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let loops = errno == ELOOP
            var link = stat()
            self = loops || (lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK) ? .brokenLink : .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .special(name: "a FIFO")
        case S_IFSOCK: self = .special(name: "a socket")
        case S_IFCHR: self = .special(name: "a character device")
        case S_IFBLK: self = .special(name: "a block device")
        default: self = .special(name: "not a regular file")
        }
    }
}
