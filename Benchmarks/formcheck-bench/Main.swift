import Foundation

/// `formcheck-bench`: generates pages, measures each mode in child processes, prints medians.
@main
enum Main {
    static func main() {
        do {
            let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
            if let child = options.child {
                print(try ChildRun.run(child.mode, directory: child.directory).line)
                return
            }
            try Harness(options: options).run()
        } catch {
            FileHandle.standardError.write(Data("formcheck-bench: \(error)\n".utf8))
            exit(2)
        }
    }
}
