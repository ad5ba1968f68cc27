//! One EC2 call (DescribeVpcs) with the official SDK: what a program that uses EC2 costs to
//! build.

#[tokio::main]
async fn main() {
    let config = aws_config::load_from_env().await;
    let ec2 = aws_sdk_ec2::Client::new(&config);
    match ec2.describe_vpcs().send().await {
        Ok(o) => println!("{} VPCs", o.vpcs.map_or(0, |v| v.len())),
        Err(e) => println!("error: {e}"),
    }
}
