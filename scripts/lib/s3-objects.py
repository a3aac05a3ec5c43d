"""The few S3 operations the database backup scripts need, with boto3 (already in the
barman-cloud venv of a database host). AWS_ENDPOINT_URL, AWS_REGION and the credentials come
from the environment, as for any AWS SDK.

    s3-objects.py put <file> s3://bucket/key
    s3-objects.py get s3://bucket/key <file>
    s3-objects.py folders s3://bucket/prefix/     child "folders" of a prefix, one per line
    s3-objects.py exists s3://bucket/key          exit 0 when the object exists, 1 when not
    s3-objects.py delete-prefix s3://bucket/prefix/
"""

import sys

import boto3
from botocore.exceptions import ClientError


def split(url):
    if not url.startswith("s3://") or "/" not in url[5:]:
        raise SystemExit(f"s3-objects: {url} is not s3://bucket/key")
    bucket, _, key = url[5:].partition("/")
    return bucket, key


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    s3 = boto3.client("s3")
    op, args = argv[1], argv[2:]
    if op == "put" and len(args) == 2:
        bucket, key = split(args[1])
        s3.upload_file(args[0], bucket, key)
    elif op == "get" and len(args) == 2:
        bucket, key = split(args[0])
        s3.download_file(bucket, key, args[1])
    elif op == "folders" and len(args) == 1:
        bucket, prefix = split(args[0])
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix, Delimiter="/"):
            for common in page.get("CommonPrefixes", []):
                print(common["Prefix"][len(prefix):].rstrip("/"))
    elif op == "exists" and len(args) == 1:
        bucket, key = split(args[0])
        try:
            s3.head_object(Bucket=bucket, Key=key)
        except ClientError as error:
            if error.response["Error"]["Code"] in ("404", "NoSuchKey", "NotFound"):
                return 1
            raise
    elif op == "delete-prefix" and len(args) == 1:
        bucket, prefix = split(args[0])
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if keys:
                s3.delete_objects(Bucket=bucket, Delete={"Objects": keys, "Quiet": True})
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
