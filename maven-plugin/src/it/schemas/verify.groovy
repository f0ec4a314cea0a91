import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the Backup is checked against the CRD in operator/, and probe-initial-delay is off: nothing to report
assert log.contains('[INFO] kubelint: no problems found in 1 file (2 documents), Kubernetes ')
def report = new JsonSlurper().parse(new File(basedir, 'target/kubelint/kubelint.json'))
assert report.findings == []
assert report.summary.documents == 2
