def log = new File(basedir, 'build.log').text
// the goal ran on its own, by its prefix, with no lifecycle around it
assert log.contains(':lint (default-cli) @ no-fail ---')
assert log.contains('[ERROR] src/main/k8s/app.yaml:18:11: [unknown-field] unknown field "imagePulPolicy"')
assert log.contains('[WARNING] src/main/k8s/app.yaml:22:11: [probe-initial-delay] ')
assert log.contains('[WARNING] kubelint found 1 error and 1 warning (failOn=warning); the build goes on because'
    + ' failOnViolation is false')
assert log.contains('BUILD SUCCESS')
// -Dkubelint.formats=json,text replaces the default sarif
def reports = new File(basedir, 'target/kubelint')
assert (reports.list() as List).sort() == ['kubelint.json', 'kubelint.txt']
